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

/** A practitioner opens a record; the service lead then sees exactly that in "who accessed this record". */
class WhoAccessedBrowserIT extends BrowserJourney {

    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;

    @Test
    void theServiceLeadSeesWhoOpenedTheRecordAndWhen() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = s.newReferral("Grace", "Hopper", LocalDate.now().minusDays(3));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());

        browser.signIn(s.username("Priya Patel"), Fixtures.PASSWORD);
        browser.open("/referrals/" + id);
        browser.signOut();

        browser.signIn(s.leadUsername(), Fixtures.PASSWORD);
        browser.open("/patients/" + referrals.get(s.id(), id).patientId());
        browser.press("who-accessed");
        String report = browser.pageText();
        assertThat(report).contains("Priya Patel").contains("Lena Lead");
        assertThat(browser.path()).startsWith("/audit/patients/");
        browser.screenshot("who-accessed");
    }
}
