package org.stepwise.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/** Emergency access end to end: refused, opened with a reason, time-limited, alerted and signed off. */
@IntegrationTest
@AutoConfigureMockMvc
class BreakGlassIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;
    @Autowired JdbcClient jdbc;

    @Test
    void aPractitionerOpensAnotherPractitionersCaseInAnEmergencyAndTheLeadSignsItOff() throws Exception {
        TestService s = fixtures.service();
        StaffId owner = s.pwp("Priya Patel");
        s.pwp("Owen Duty");
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(10));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), owner), null, s.allocator());
        String patient = referrals.get(s.id(), id).patientId().toString();
        String duty = s.username("Owen Duty");

        mvc.perform(get("/referrals/" + id).with(as(duty))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Open the record in an emergency")));
        mvc.perform(post("/break-glass").with(as(duty)).with(csrf()).param("patient", patient).param("reason", "x")
                        .param("returnTo", "/referrals/" + id))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Give the reason")));
        mvc.perform(post("/break-glass").with(as(duty)).with(csrf()).param("patient", patient)
                        .param("reason", "Partner phoned the duty line: overdose this morning; Priya on leave")
                        .param("returnTo", "/referrals/" + id))
                .andExpect(redirectedUrl("/referrals/" + id));
        mvc.perform(get("/referrals/" + id).with(as(duty))).andExpect(status().isOk());

        mvc.perform(get("/").with(as(s.leadUsername())))
                .andExpect(content().string(containsString("1 emergency access to review")));
        mvc.perform(get("/service/break-glass").with(as(s.leadUsername())))
                .andExpect(content().string(containsString("overdose this morning")));
        Integer version = jdbc.sql("select version from break_glass where service_id = ?").param(s.id().value())
                .query(Integer.class).single();
        String accessId = jdbc.sql("select id::text from break_glass where service_id = ?").param(s.id().value())
                .query(String.class).single();
        mvc.perform(post("/service/break-glass/" + accessId + "/review").with(as(s.leadUsername())).with(csrf())
                        .param("version", String.valueOf(version)).param("note", "Justified: duty response"))
                .andExpect(redirectedUrl("/service/break-glass"));
        mvc.perform(get("/").with(as(s.leadUsername())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("emergency access to review"))));

        jdbc.sql("update break_glass set started_at = now() - interval '6 hours', expires_at = now() - interval '2 hours' "
                + "where service_id = ?").param(s.id().value()).update();
        mvc.perform(get("/referrals/" + id).with(as(duty))).andExpect(status().isForbidden());
    }

    @Test
    void anotherServicesPatientIsNotFoundEvenWithEmergencyAccess() throws Exception {
        TestService a = fixtures.service();
        TestService b = fixtures.service();
        a.pwp("Priya Patel");
        ReferralId elsewhere = b.newReferral("Ada", "Lovelace", LocalDate.now());
        String patient = referrals.get(b.id(), elsewhere).patientId().toString();
        mvc.perform(get("/patients/" + patient).with(as(a.username("Priya Patel")))).andExpect(status().isNotFound());
        mvc.perform(post("/break-glass").with(as(a.username("Priya Patel"))).with(csrf()).param("patient", patient)
                        .param("reason", "Trying to reach another service's record"))
                .andExpect(content().string(containsString("No such patient")));
        mvc.perform(get("/patients/" + patient).with(as(a.username("Priya Patel")))).andExpect(status().isNotFound());
    }
}
