package org.stepwise.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
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
import org.stepwise.contact.Intervention;
import org.stepwise.contact.Outcome;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.MeasureService;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/**
 * A supervisor runs case management supervision: the agenda raises a person not improving by session 4, the session
 * is signed with a step-up decision, the person is stepped up, and the ledger and chronology say who decided what.
 */
class SupervisionBrowserIT extends BrowserJourney {

    @Autowired ReferralService referrals;
    @Autowired AppointmentService appointments;
    @Autowired MeasureService measures;
    @Autowired StaffDirectory staff;

    @Test
    void aSupervisionSessionEndsInAStepUpThatTheLedgerAndChronologyAttribute() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        s.highIntensity("Hana Hughes");
        ReferralId id = s.newReferral("Grace", "Hopper", LocalDate.now().minusDays(60));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        for (int week = 4; week >= 1; week--) {
            Instant when = LocalDate.now().minusWeeks(week).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant();
            AppointmentId a = appointments.book(s.id(), id, new Booking(pwp, when, 30, AppointmentPurpose.TREATMENT,
                    ConsultationMechanism.TELEPHONE), pwp);
            appointments.recordOutcome(s.id(), a, 0, new Outcome(Attendance.ATTENDED, 30,
                    Intervention.GUIDED_SELF_HELP_BOOK, "Session held."), pwp);
            Map<Integer, Integer> phq9 = new HashMap<>();
            for (int item = 1; item <= 9; item++) {
                phq9.put(item, item == 9 ? 0 : 2);
            }
            measures.record(s.id(), id, a, InstrumentCode.PHQ9, phq9, LocalDate.now().minusWeeks(week), pwp);
        }

        browser.signIn(s.supervisorUsername(), Fixtures.PASSWORD);
        browser.follow("Supervision");
        browser.follow("Priya Patel");
        assertThat(browser.text("agenda")).contains("HOPPER, Grace").contains("No reliable improvement at a review point");
        browser.press("start-session");
        browser.choose("case0-discussed");
        browser.type("case0-discussion", "PHQ-9 unchanged at 16 after four sessions of guided self-help; wants CBT.");
        browser.selectByValue("case0-decision", "STEP_UP");
        browser.type("case0-action0-title", "Talk with Grace about stepping up to CBT");
        browser.screenshot("supervision-session");
        browser.press("sign-session");
        assertThat(browser.text("notice")).contains("Supervision signed: 1 case discussed");
        browser.press("session-record");
        assertThat(browser.text("main-content")).contains("HOPPER, Grace").contains("Step up")
                .contains("Talk with Grace about stepping up to CBT — Priya Patel, due").contains("Open");
        browser.screenshot("supervision-record");

        browser.open("/referrals/" + id);
        browser.press("change-step");
        browser.choose("destination-" + staff.practitionersAtStep(s.id(), 3).get(0).id());
        browser.type("reason", "Supervision decision: no reliable improvement by session 4");
        browser.press("save-step");
        assertThat(browser.text("status")).isEqualTo("Allocated");
        assertThat(browser.text("decisions")).contains("Supervision decision").contains("Sam Supervisor")
                .contains("Stepped up from step 2 to step 3");

        browser.press("point-in-time");
        assertThat(browser.text("chronology")).contains("Discussed with Priya Patel: STEP_UP")
                .contains("Stepped up from step 2 to step 3");
        assertThat(browser.text("held-at")).contains("Hana Hughes");
        browser.screenshot("chronology");
    }
}
