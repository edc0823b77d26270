package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.Fixtures;
import org.stepwise.TestService;
import org.stepwise.shared.StaffId;

@AccountsTest
class SessionsIT {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signingInGivesTheSessionANewIdAgainstSessionFixation() throws Exception {
        TestService s = fixtures.service();
        MockHttpSession before = new MockHttpSession();
        mvc.perform(get("/sign-in").session(before)).andExpect(status().isOk());
        String idBefore = before.getId();

        MockHttpSession after = (MockHttpSession) SignIn.attempt(mvc, before, s.leadUsername(), Fixtures.PASSWORD,
                SignIn.newAddress()).getRequest().getSession(false);

        assertThat(after.getId()).isNotEqualTo(idBefore);
        mvc.perform(get("/").session(after)).andExpect(status().isOk());
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnceAndStopsItSigningIn() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Pat Practitioner");
        String username = s.username("Pat Practitioner");
        MockHttpSession first = SignIn.as(mvc, username, Fixtures.PASSWORD);
        MockHttpSession second = SignIn.as(mvc, username, Fixtures.PASSWORD);
        MockHttpSession lead = SignIn.as(mvc, s.leadUsername(), Fixtures.PASSWORD);
        mvc.perform(get("/caseload").session(first)).andExpect(status().isOk());

        mvc.perform(post("/staff/" + pwp + "/disable").session(lead).with(csrf()))
                .andExpect(redirectedUrl("/staff/" + pwp));

        mvc.perform(get("/caseload").session(first)).andExpect(redirectedUrl("/sign-in?ended"));
        mvc.perform(get("/caseload").session(second)).andExpect(redirectedUrl("/sign-in?ended"));
        mvc.perform(get("/staff").session(lead)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Disabled")));
        assertThat(SignIn.attempt(mvc, new MockHttpSession(), username, Fixtures.PASSWORD, SignIn.newAddress())
                .getResponse().getRedirectedUrl()).isEqualTo("/sign-in?disabled");
        assertThat(SignIn.attempt(mvc, new MockHttpSession(), username, "not the password", SignIn.newAddress())
                .getResponse().getRedirectedUrl()).as("without the password, disabled reads as a wrong password")
                .isEqualTo("/sign-in?error");

        mvc.perform(post("/staff/" + pwp + "/enable").session(lead).with(csrf()));
        MockHttpSession again = SignIn.as(mvc, username, Fixtures.PASSWORD);
        mvc.perform(get("/caseload").session(again)).andExpect(status().isOk());
    }

    @Test
    void aSignInEndsAfterTheAbsoluteLifetimeHoweverBusy() throws Exception {
        TestService s = fixtures.service();
        MockHttpSession session = SignIn.as(mvc, s.allocatorUsername(), Fixtures.PASSWORD);
        for (int hour = 0; hour < 9; hour++) {
            clock.advance(Duration.ofHours(1));
            mvc.perform(get("/").session(session)).andExpect(status().isOk());
        }
        clock.advance(Duration.ofMinutes(59));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in?ended"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/sign-in").param("ended", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your session has ended")));
    }

    @Test
    void aRequestWithASessionTheServerNoLongerHasIsToldTheSessionEnded() throws Exception {
        TestService s = fixtures.service();
        MockHttpSession session = SignIn.as(mvc, s.allocatorUsername(), Fixtures.PASSWORD);
        session.invalidate();
        mvc.perform(get("/caseload").with(request -> {
            request.setRequestedSessionId(session.getId());
            request.setRequestedSessionIdValid(false);
            return request;
        })).andExpect(redirectedUrl("/sign-in?ended"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        TestService s = fixtures.service();
        MockHttpSession session = SignIn.as(mvc, s.allocatorUsername(), Fixtures.PASSWORD);
        mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));
        assertThat(session.isInvalid()).isTrue();
    }
}
