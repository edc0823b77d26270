package org.stepwise.discharge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.Intervention;
import org.stepwise.contact.Outcome;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/**
 * Someone treated at step 2 and stepped up to the step-3 waiting list is offered a discharge with the treated codes,
 * not a closure "without treatment".
 */
@IntegrationTest
@AutoConfigureMockMvc
class SteppedAfterTreatmentPagesIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired ReferralService referrals;
    @Autowired AppointmentService appointments;
    @Autowired StaffDirectory staff;

    @Test
    void theirReferralPageAndItsEndingFormSayDischarge() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = s.newReferral("Ada", "Lovelace", java.time.LocalDate.now().minusDays(60));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        for (int daysAgo : new int[] {21, 14}) {
            AppointmentId a = appointments.book(s.id(), id, DischargeServiceIT.at(pwp, daysAgo), pwp);
            appointments.recordOutcome(s.id(), a, 0, new Outcome(Attendance.ATTENDED, 30,
                    Intervention.GUIDED_SELF_HELP_BOOK, "Session held."), pwp);
        }
        referrals.changeStep(s.id(), id, referrals.get(s.id(), id).version(), 3, null, "Stepped up to CBT", pwp);

        mvc.perform(get("/referrals/" + id).with(as(s.leadUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"discharge\">Discharge</a>")));
        mvc.perform(get("/referrals/" + id + "/discharge").with(as(s.leadUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Discharge</h1>")))
                .andExpect(content().string(containsString("value=\"47\"")))
                .andExpect(content().string(not(containsString("value=\"14\""))));
    }
}
