package org.stepwise.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
import org.stepwise.discharge.DischargeService;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.MeasureService;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/**
 * The service lead opens the outcomes dashboard from the service page, sees its charts drawn under the
 * Content-Security-Policy, is told plainly about a bad filter, and follows a count to the person behind it; the
 * practitioner sees their own outcomes.
 */
class OutcomesBrowserIT extends BrowserJourney {

    @Autowired ReferralService referrals;
    @Autowired AppointmentService appointments;
    @Autowired MeasureService measures;
    @Autowired DischargeService discharge;
    @Autowired StaffDirectory staff;

    @Test
    void theLeadFollowsARecoveryToThePersonAndThePractitionerSeesTheirOwn() throws InterruptedException {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = s.newReferral("Grace", "Hopper", LocalDate.now().minusDays(40));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        for (int daysAgo : new int[] {30, 10}) {
            Instant when = LocalDate.now().minusDays(daysAgo).atTime(10, 0).atZone(ZoneId.of("Europe/London"))
                    .toInstant();
            AppointmentId a = appointments.book(s.id(), id, new Booking(pwp, when, 30, AppointmentPurpose.TREATMENT,
                    ConsultationMechanism.TELEPHONE), pwp);
            appointments.recordOutcome(s.id(), a, 0, new Outcome(Attendance.ATTENDED, 30,
                    Intervention.GUIDED_SELF_HELP_BOOK, "Session held."), pwp);
            int each = daysAgo == 30 ? 2 : 0;
            measures.record(s.id(), id, a, InstrumentCode.PHQ9, every(9, each), LocalDate.now().minusDays(daysAgo),
                    pwp);
            measures.record(s.id(), id, a, InstrumentCode.GAD7, every(7, each), LocalDate.now().minusDays(daysAgo),
                    pwp);
        }
        discharge.end(s.id(), id, referrals.get(s.id(), id).version(), EndingCode.COMPLETED, "Goals met", pwp,
                Set.of(Role.PWP));

        browser.signIn(s.leadUsername(), Fixtures.PASSWORD);
        browser.open("/service");
        browser.follow("Outcomes and waiting times");
        assertThat(browser.heading()).isEqualTo("Outcomes and waiting times");
        for (String chart : new String[] {"waiting-chart", "outcomes-chart", "caseload-chart", "missed-chart",
                "flow-chart"}) {
            assertThat(drawn(chart)).as(chart + " drawn").isTrue();
        }
        // PHQ-9 16 -> 0 and GAD-7 14 -> 0 over two treatment sessions: recovered; one person, so no percentage.
        assertThat(browser.text("recovery")).isEqualTo("1 of 1");
        assertThat(browser.text("within-6-weeks")).isEqualTo("1 of 1");
        browser.screenshot("outcomes-dashboard");

        browser.open("/service/outcomes?from=2026-13");
        assertThat(browser.pageText()).contains("There is a problem")
                .contains("Enter the first month as a year and month, for example 2026-04");

        browser.open("/service/outcomes");
        browser.followWithin("recovery", "1");
        assertThat(browser.heading()).isEqualTo("Recovered");
        browser.followWithin("referrals", "HOPPER, Grace");
        assertThat(browser.path()).isEqualTo("/referrals/" + id);
        browser.signOut();

        browser.signIn(s.username("Priya Patel"), Fixtures.PASSWORD);
        browser.open("/outcomes");
        assertThat(browser.heading()).isEqualTo("My outcomes");
        assertThat(drawn("outcomes-chart")).isTrue();
        assertThat(browser.text("recovery")).isEqualTo("1 of 1");
    }

    private boolean drawn(String canvasId) throws InterruptedException {
        for (int tries = 0; tries < 50; tries++) {
            if ("true".equals(browser.byId(canvasId).getDomAttribute("data-drawn"))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Every item answered the same, except PHQ-9 question 9, left at 0 so no risk flag is raised. */
    private static Map<Integer, Integer> every(int items, int value) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int item = 1; item <= items; item++) {
            answers.put(item, item == 9 ? 0 : value);
        }
        return answers;
    }
}
