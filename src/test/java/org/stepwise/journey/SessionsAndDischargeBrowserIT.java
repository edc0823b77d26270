package org.stepwise.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.TestService;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/**
 * A PWP's week of step-2 work for one person: an assessment and two treatment sessions with PHQ-9 and GAD-7,
 * the score chart, and discharge with an ending code, the outcome shown matching the numbers entered.
 */
class SessionsAndDischargeBrowserIT extends BrowserJourney {

    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;

    @Test
    void aPractitionerRecordsSessionsAndScoresSeesTheChartAndDischarges() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = s.newReferral("Grace", "Hopper", LocalDate.now().minusDays(30));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());

        browser.signIn(s.username("Priya Patel"), Fixtures.PASSWORD);
        browser.open("/referrals/" + id);

        session(id, 21, "01", null, "Assessment by phone. Low mood for 6 months, no plans to harm self. Agreed BA.");
        scores(2, 2);
        session(id, 14, "02", "748051000000105", "Introduced behavioural activation; activity diary set.");
        session(id, 7, "02", "748051000000105", "Diary reviewed: more activity, mood lifting. Plan: relapse prevention.");
        scores(0, 1);

        assertThat(browser.text("first-assessment")).isNotEqualTo("Not yet");
        assertThat(browser.text("treatment-count")).startsWith("2");
        assertThat(browser.text("status")).isEqualTo("In treatment");
        assertThat(browser.chartDrawn("chart-phq9-data")).as("PHQ-9 chart drawn").isTrue();
        assertThat(browser.chartDrawn("chart-gad7-data")).as("GAD-7 chart drawn").isTrue();
        assertThat(browser.text("chart-phq9")).contains("16").contains("0");
        assertThat(browser.text("chart-phq9-change")).isEqualTo("reliable improvement");
        browser.screenshot("referral-with-scores");

        browser.press("discharge");
        assertThat(browser.text("history")).contains("attended 2 treatment sessions");
        assertThat(browser.text("preview-phq9")).isEqualTo("16 → 0");
        assertThat(browser.text("preview-anxiety")).isEqualTo("14 → 7");
        assertThat(browser.text("preview-recovery")).isEqualTo("Recovered");
        browser.choose("endCode");
        browser.type("reason", "Goals met; relapse prevention plan agreed with the patient.");
        browser.press("save-discharge");

        assertThat(browser.text("status")).isEqualTo("Discharged");
        assertThat(browser.text("outcome-finished")).startsWith("Yes (2 treatment sessions");
        assertThat(browser.text("outcome-caseness")).isEqualTo("Yes");
        assertThat(browser.text("outcome-recovery")).isEqualTo("Recovered");
        assertThat(browser.text("outcome-improvement")).isEqualTo("Yes");
        assertThat(browser.text("outcome-deterioration")).isEqualTo("No");
        assertThat(browser.text("outcome-reliable-recovery")).isEqualTo("Yes");
        browser.screenshot("referral-discharged");
    }

    /** Books a session that happened {@code daysAgo}, records it as attended with a note, and returns to the referral. */
    private void session(ReferralId id, int daysAgo, String purpose, String intervention, String note) {
        LocalDate day = LocalDate.now().minusDays(daysAgo);
        browser.press("book-appointment");
        browser.type("dateDay", String.valueOf(day.getDayOfMonth()));
        browser.type("dateMonth", String.valueOf(day.getMonthValue()));
        browser.type("dateYear", String.valueOf(day.getYear()));
        browser.type("time", "10:00");
        browser.selectByValue("purpose", purpose);
        browser.press("save-appointment");
        openLatestAppointment();
        browser.press("record-outcome");
        browser.choose("attendance-5");
        browser.type("minutes", "35");
        if (intervention != null) {
            browser.selectByValue("intervention", intervention);
        }
        browser.type("note", note);
        browser.press("save-outcome");
        assertThat(browser.path()).startsWith("/referrals/" + id);
        browser.open("/referrals/" + id);
    }

    /** Enters PHQ-9 and GAD-7 at the latest session, every item the same answer (PHQ-9 question 9 always 0). */
    private void scores(int phq9Each, int gad7Each) {
        String last = browser.path();
        openLatestAppointment();
        browser.press("enter-session-measures");
        browser.press("measure-PHQ9");
        for (int item = 1; item <= 9; item++) {
            browser.choose("item" + item + "-" + (item == 9 ? 0 : phq9Each));
        }
        browser.press("save-measure");
        openLatestAppointment();
        browser.press("enter-session-measures");
        browser.press("measure-GAD7");
        for (int item = 1; item <= 7; item++) {
            browser.choose("item" + item + "-" + gad7Each);
        }
        browser.press("save-measure");
        browser.open(last.replaceAll("#.*", ""));
    }

    private void openLatestAppointment() {
        browser.open(browser.path().replaceAll("#.*", ""));
        var links = browser.byId("appointment-list").findElements(org.openqa.selenium.By.cssSelector("tbody a"));
        browser.openHref(links.get(links.size() - 1).getDomAttribute("href"));
    }
}
