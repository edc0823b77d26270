package org.stepwise.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.TestService;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.Booking;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Outcome;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/**
 * Risk disclosed on a questionnaire, followed through: the PHQ-9 flags it on the banner and the caseload, the PWP
 * assesses the risk and writes a safety plan with the person, reviews the flag, and refers the person to the
 * crisis team, who acknowledge and then accept the referral.
 */
class RiskJourneyBrowserIT extends BrowserJourney {

    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;
    @Autowired AppointmentService appointments;

    @Test
    void aQuestionNineAnswerIsFlaggedAssessedReviewedAndReferredOnToTheCrisisTeam() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = s.newReferral("Mary", "Seacole", LocalDate.now().minusDays(21));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        // She was assessed a week ago, so on discharge she has been seen and the referred-on code (13) fits.
        AppointmentId assessment = appointments.book(s.id(), id, new Booking(pwp, LocalDate.now().minusDays(7)
                .atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(), 45, AppointmentPurpose.ASSESSMENT,
                ConsultationMechanism.TELEPHONE), pwp);
        appointments.recordOutcome(s.id(), assessment, 0, new Outcome(Attendance.ATTENDED, 45, null,
                "Assessed by telephone."), pwp);
        browser.signIn(s.username("Priya Patel"), Fixtures.PASSWORD);
        browser.open("/referrals/" + id);

        phq9WithQuestionNine(2);
        assertThat(browser.text("banner-risk")).startsWith("Risk flag");
        assertThat(browser.text("risk-flags")).contains("answered 2 of 3");
        browser.open("/caseload");
        assertThat(browser.text("caseload")).contains("SEACOLE, Mary").contains("Risk flag");
        browser.screenshot("risk-flag-on-caseload");

        browser.open("/referrals/" + id);
        browser.press("record-risk-assessment");
        riskAssessment();
        assertThat(browser.text("assessment-judgement")).isEqualTo("Safe to continue at step 2 with a safety plan.");

        browser.press("write-safety-plan");
        safetyPlan();
        assertThat(browser.text("safety-plan-crisis")).contains("Samaritans 116 123");

        browser.press("review-flag-1");
        browser.type("outcome", "Called the same day. Passive thoughts, no plan or intent. Assessment and safety plan "
                + "recorded; to discuss in supervision.");
        browser.press("save-review");
        assertThat(browser.isPresent("banner-risk")).isFalse();
        assertThat(browser.text("no-open-flags")).isEqualTo("No risk flags awaiting review.");
        browser.open("/caseload");
        assertThat(browser.text("caseload")).doesNotContain("Risk flag");

        browser.open("/referrals/" + id);
        referToCrisisTeam();
        assertThat(browser.text("onward-status-1")).isEqualTo("Sent");
        assertThat(browser.text("task-1")).contains("Chase Northtown Crisis Team");
        browser.screenshot("risk-section-referred-on");

        browser.press("onward-1");
        respond("status-ACKNOWLEDGED", "Duty worker Jo Bloggs took the referral by phone.");
        assertThat(browser.text("onward-status")).isEqualTo("Acknowledged");
        respond("status-ACCEPTED", "Home treatment team visiting this evening.");
        assertThat(browser.text("onward-status")).isEqualTo("Accepted");
        assertThat(browser.text("onward-history")).contains("Sent").contains("Acknowledged").contains("Accepted");

        browser.open("/referrals/" + id);
        assertThat(browser.text("onward-status-1")).isEqualTo("Accepted");
        assertThat(browser.isPresent("complete-task-1")).isFalse();
        assertThat(browser.text("decisions")).contains("Risk assessment").contains("Safety plan")
                .contains("Risk flag reviewed").contains("Onward referral response").contains("Priya Patel");
        browser.press("discharge");
        assertThat(browser.text("onward-suggestion")).contains("(13)");
        browser.screenshot("discharge-after-onward-referral");
    }

    private void phq9WithQuestionNine(int answer) {
        browser.press("enter-measure");
        browser.press("measure-PHQ9");
        for (int item = 1; item <= 9; item++) {
            browser.choose("item" + item + "-" + (item == 9 ? answer : 2));
        }
        browser.press("save-measure");
    }

    private void riskAssessment() {
        browser.choose("thoughts");
        browser.type("thoughts-detail", "Thinks she would be better off dead most evenings; passive.");
        for (String area : new String[] {"plans", "intent", "means", "history", "risk-to-others", "risk-from-others"}) {
            browser.choose(area + "-NO");
        }
        browser.type("protectiveFactors", "Her grandchildren; her church; agrees to call if worse.");
        browser.type("formulation", "Thoughts rise when alone after work and with low mood; no plans or intent.");
        browser.type("judgement", "Safe to continue at step 2 with a safety plan.");
        browser.type("managementPlan", "Safety plan today; weekly calls; review in supervision on Thursday.");
        browser.press("save-assessment");
    }

    private void safetyPlan() {
        LocalDate review = LocalDate.now().plusWeeks(4);
        browser.type("warningSigns", "Not sleeping; staying in her room.");
        browser.type("copingStrategies", "Walk to the park; call her sister.");
        browser.type("crisisContacts", "Crisis line 0800 000 000; NHS 111 option 2; Samaritans 116 123; 999.");
        browser.type("reviewDay", String.valueOf(review.getDayOfMonth()));
        browser.type("reviewMonth", String.valueOf(review.getMonthValue()));
        browser.type("reviewYear", String.valueOf(review.getYear()));
        browser.choose("copyGiven");
        browser.press("save-safety-plan");
    }

    private void referToCrisisTeam() {
        browser.press("refer-on");
        browser.choose("destination");
        browser.type("organisation", "Northtown Crisis Team");
        browser.choose("urgency-URGENT");
        browser.type("reason", "Worsening thoughts with a new plan disclosed on the phone; needs a same-day crisis "
                + "assessment.");
        browser.press("save-onward");
    }

    private void respond(String option, String note) {
        browser.choose(option);
        browser.type("note", note);
        browser.press("save-response");
    }
}
