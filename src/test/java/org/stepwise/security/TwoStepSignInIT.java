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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.Fixtures;
import org.stepwise.TestService;
import org.stepwise.shared.StaffId;

@AccountsTest
class TwoStepSignInIT {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MovableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPersonSetsUpAnAuthenticatorAndIsThenAskedForAFreshCodeAfterThePassword() throws Exception {
        TestService s = fixtures.service();
        StaffId id = s.pwp("Tia Twostep");
        String username = s.username("Tia Twostep");
        MockHttpSession session = SignIn.as(mvc, username, Fixtures.PASSWORD);
        byte[] secret = Base32.decode(secretShown(session));
        mvc.perform(post("/account/two-step").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The code is not right")));
        String enrolmentCode = code(secret);
        mvc.perform(post("/account/two-step").session(session).with(csrf()).param("code", enrolmentCode))
                .andExpect(redirectedUrl("/"));

        byte[] stored = jdbc.sql("select totp_secret from staff where id = ?").param(id.value()).query(byte[].class)
                .single();
        assertThat(stored).as("encrypted at rest").hasSizeGreaterThan(secret.length);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1));

        MockHttpSession next = (MockHttpSession) SignIn.attempt(mvc, new MockHttpSession(), username,
                Fixtures.PASSWORD, SignIn.newAddress()).getRequest().getSession(false);
        mvc.perform(get("/caseload").session(next)).andExpect(redirectedUrl("/sign-in/code"));
        mvc.perform(get("/sign-in/code").session(next)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the code from your authenticator app")));
        mvc.perform(post("/sign-in/code").session(next).with(csrf()).param("code", enrolmentCode))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The code is not right")));

        clock.advance(Duration.ofSeconds(30));
        mvc.perform(post("/sign-in/code").session(next).with(csrf()).param("code", code(secret)))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/caseload").session(next)).andExpect(status().isOk());
    }

    @Test
    void wrongCodesCountTowardsTheLockAndEndTheHalfFinishedSignIn() throws Exception {
        TestService s = fixtures.service();
        s.pwp("Guy Guesser");
        String username = s.username("Guy Guesser");
        MockHttpSession session = SignIn.as(mvc, username, Fixtures.PASSWORD);
        byte[] secret = Base32.decode(secretShown(session));
        mvc.perform(post("/account/two-step").session(session).with(csrf()).param("code", code(secret)));

        MockHttpSession next = (MockHttpSession) SignIn.attempt(mvc, new MockHttpSession(), username,
                Fixtures.PASSWORD, SignIn.newAddress()).getRequest().getSession(false);
        for (int i = 1; i <= 4; i++) {
            mvc.perform(post("/sign-in/code").session(next).with(csrf()).param("code", "12345" + i))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/sign-in/code").session(next).with(csrf()).param("code", "123459"))
                .andExpect(redirectedUrl("/sign-in?locked"));
        assertThat(next.isInvalid()).isTrue();
        assertThat(SignIn.attempt(mvc, new MockHttpSession(), username, Fixtures.PASSWORD, SignIn.newAddress())
                .getResponse().getRedirectedUrl()).isEqualTo("/sign-in?locked");
    }

    @Test
    void aServiceThatRequiresTwoStepSignInHasEveryoneSetItUpBeforeAnythingElse() throws Exception {
        TestService s = fixtures.service();
        MockHttpSession lead = SignIn.as(mvc, s.leadUsername(), Fixtures.PASSWORD);
        mvc.perform(post("/staff/sign-in-policy").session(lead).with(csrf()).param("required", "true"))
                .andExpect(redirectedUrl("/staff/sign-in-policy"));
        s.pwp("Rhea Required");

        MockHttpSession session = (MockHttpSession) SignIn.attempt(mvc, new MockHttpSession(),
                s.username("Rhea Required"), Fixtures.PASSWORD, SignIn.newAddress()).getRequest().getSession(false);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/two-step"));
        String page = mvc.perform(get("/account/two-step").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Your service requires two-step sign-in", "<svg");
        byte[] secret = Base32.decode(secretShown(session));
        mvc.perform(post("/account/two-step").session(session).with(csrf()).param("code", code(secret)))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    private String secretShown(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/account/two-step").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the key is shown as text").isTrue();
        return m.group(1);
    }

    private String code(byte[] secret) {
        return Totp.authenticatorApp().code(secret, Totp.step(clock.instant()));
    }
}
