package org.stepwise.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;

@IntegrationTest
@AutoConfigureMockMvc
class PagesRenderIT extends WebTest {

    @Autowired MockMvc mvc;

    @Test
    void signInPageIsPublicAndEverythingElseNeedsSignIn() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to Stepwise")));
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/caseload")).andExpect(status().is3xxRedirection());
    }

    @Test
    void everyMainPageRendersForItsRole() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId referral = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(5));

        mvc.perform(get("/").with(as(s.allocatorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Awaiting triage")));
        mvc.perform(get("/triage").with(as(s.allocatorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("LOVELACE, Ada")));
        mvc.perform(get("/triage/" + referral).with(as(s.allocatorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Priya Patel")));
        mvc.perform(get("/referrals/" + referral).with(as(s.allocatorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Responsible now")));
        mvc.perform(get("/waiting-lists/2").with(as(s.allocatorUsername()))).andExpect(status().isOk());
        mvc.perform(get("/waiting-lists/3").with(as(s.allocatorUsername()))).andExpect(status().isOk());
        mvc.perform(get("/patients/find").with(as(s.allocatorUsername()))).andExpect(status().isOk());
        mvc.perform(get("/patients/new").with(as(s.allocatorUsername()))).andExpect(status().isOk());
        mvc.perform(get("/caseload").with(as(s.username("Priya Patel")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("My caseload")));
        mvc.perform(get("/caseload/" + pwp).with(as(s.supervisorUsername()))).andExpect(status().isOk());
        mvc.perform(get("/").with(as(s.supervisorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Priya Patel")));
        mvc.perform(get("/service/settings").with(as(s.leadUsername()))).andExpect(status().isOk());
        mvc.perform(get("/staff").with(as(s.leadUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sam Supervisor")));
    }

    @Test
    void pagesCarrySecurityHeadersAndNoStackTraces() throws Exception {
        TestService s = fixtures.service();
        mvc.perform(get("/referrals/not-a-uuid").with(as(s.allocatorUsername())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
        mvc.perform(post("/patients").with(as(s.allocatorUsername())).with(csrf())
                        .param("nhsNumber", "123").param("givenName", "").param("familyName", "X"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NHS number must be 10 digits")))
                .andExpect(content().string(containsString("Enter the patient's first name")));
    }

    @Test
    void malformedRequestsGetAPlainPageNotAFailure() throws Exception {
        TestService s = fixtures.service();
        ReferralId referral = s.newReferral("Ada", "Lovelace", LocalDate.now());
        mvc.perform(post("/triage/" + referral).with(as(s.allocatorUsername())).with(csrf()).param("version", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("could not be understood")));
        mvc.perform(post("/referrals/" + referral + "/start-treatment").with(as(s.allocatorUsername())).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/waiting-lists/abc").with(as(s.allocatorUsername()))).andExpect(status().isNotFound());
        mvc.perform(get("/caseload?step=two").with(as(s.allocatorUsername()))).andExpect(status().is4xxClientError());
        mvc.perform(post("/patients/find").with(as(s.allocatorUsername())))
                .andExpect(status().isForbidden());
    }
}
