package org.stepwise.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.TestService;

/** From a new patient to a practitioner's caseload, the way an allocator and a PWP do it in the browser. */
class ReferralJourneyBrowserIT extends BrowserJourney {

    @Test
    void allocatorRegistersRefersAndAllocatesAndThePractitionerSeesTheCase() {
        TestService s = fixtures.service();
        s.pwp("Priya Patel");
        String nhsNumber = Fixtures.nextNhsNumber().formatted();

        browser.signIn(s.allocatorUsername(), Fixtures.PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        browser.follow("Find a patient");
        browser.press("register-new");
        assertThat(browser.path()).isEqualTo("/patients/new");

        browser.type("nhsNumber", nhsNumber);
        browser.type("givenName", "Grace");
        browser.type("familyName", "Hopper");
        browser.type("dobDay", "9");
        browser.type("dobMonth", "12");
        browser.type("dobYear", "1986");
        browser.choose("gender-2");
        String practice = browser.selectStartingWith("gpPractice", "Test Surgery " + s.tag());
        String practiceName = practice.substring(0, practice.lastIndexOf(" ("));
        browser.press("save-patient");

        assertThat(browser.path()).matches("/patients/[0-9a-f-]{36}");
        assertThat(browser.heading()).isEqualTo("Patient record");
        assertThat(browser.text("patient-banner")).contains("HOPPER, Grace", nhsNumber, practiceName);

        browser.press("new-referral");
        LocalDate today = LocalDate.now();
        assertThat(browser.value("receivedDay")).isEqualTo(String.valueOf(today.getDayOfMonth()));
        assertThat(browser.value("receivedMonth")).isEqualTo(String.valueOf(today.getMonthValue()));
        assertThat(browser.value("receivedYear")).isEqualTo(String.valueOf(today.getYear()));
        browser.selectByValue("source", "B1");
        browser.type("presentingProblem", "Low mood since losing her job; worries most nights");
        browser.press("save-referral");

        assertThat(browser.path()).matches("/referrals/[0-9a-f-]{36}");
        String referralPage = browser.path();
        assertThat(browser.text("status")).isEqualTo("Awaiting triage");
        browser.screenshot("referral-awaiting-triage");

        browser.follow("Triage");
        assertThat(browser.path()).isEqualTo("/triage");
        assertThat(browser.text("triage-queue")).contains("HOPPER, Grace");
        browser.followWithin("triage-queue", "Triage");
        assertThat(browser.path()).isEqualTo(referralPage.replace("/referrals/", "/triage/"));

        browser.type("screeningOutcome", "Suitable for guided self-help at step 2; no risk indicators");
        browser.choose("outcome");
        String option = browser.selectStartingWith("allocation", "Priya Patel");
        assertThat(option).contains("of 40");
        browser.screenshot("triage");
        browser.press("save-triage");

        assertThat(browser.path()).isEqualTo(referralPage);
        assertThat(browser.text("status")).isEqualTo("Allocated");
        assertThat(browser.text("practitioner")).isEqualTo("Priya Patel");
        assertThat(browser.text("current-clinical")).startsWith("Priya Patel");
        assertThat(browser.text("current-medical")).startsWith(practiceName);
        browser.screenshot("referral-allocated");

        browser.signOut();
        browser.signIn(s.username("Priya Patel"), Fixtures.PASSWORD);
        browser.follow("My caseload");
        assertThat(browser.path()).isEqualTo("/caseload");
        assertThat(browser.text("caseload")).contains("HOPPER, Grace");
    }
}
