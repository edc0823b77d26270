package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.Fixtures;
import org.stepwise.TestService;

@AccountsTest
@RecordApplicationEvents
class SignInLockoutIT {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MovableClock clock;
    @Autowired ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsLockTheUserNameEvenAgainstTheRightPasswordUntilTheLockoutEnds() throws Exception {
        TestService s = fixtures.service();
        String name = s.allocatorUsername();
        for (int i = 1; i <= 4; i++) {
            assertThat(redirect(name, "not the password " + i)).isEqualTo("/sign-in?error");
        }
        assertThat(redirect(name, "not the password 5")).isEqualTo("/sign-in?locked");
        assertThat(redirect(name, Fixtures.PASSWORD)).as("locked, even with the right password")
                .isEqualTo("/sign-in?locked");
        assertThat(events.stream(AuthenticationFailureLockedEvent.class)).isNotEmpty();

        clock.advance(Duration.ofMinutes(14));
        assertThat(redirect(name, Fixtures.PASSWORD)).isEqualTo("/sign-in?locked");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(redirect(name, Fixtures.PASSWORD)).isEqualTo("/");
    }

    @Test
    void anUnknownUserNameIsAnsweredExactlyAsAKnownOneIncludingTheLock() throws Exception {
        TestService s = fixtures.service();
        String known = s.allocatorUsername();
        String unknown = "nobody-" + s.tag();
        for (int i = 1; i <= 5; i++) {
            assertThat(redirect(unknown, "guess " + i)).isEqualTo(redirect(known, "guess " + i));
        }
        assertThat(redirect(unknown, "guess 6")).isEqualTo("/sign-in?locked");
        mvc.perform(get("/sign-in").param("error", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The user name or password is not right")));
        mvc.perform(get("/sign-in").param("locked", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wait 15 minutes, then try again")));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        TestService s = fixtures.service();
        String name = s.leadUsername();
        for (int i = 1; i <= 4; i++) {
            redirect(name, "wrong " + i);
        }
        assertThat(redirect(name, Fixtures.PASSWORD)).isEqualTo("/");
        for (int i = 1; i <= 4; i++) {
            assertThat(redirect(name, "wrong again " + i)).isEqualTo("/sign-in?error");
        }
        assertThat(redirect(name, Fixtures.PASSWORD)).isEqualTo("/");
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() throws Exception {
        TestService s = fixtures.service();
        String name = s.supervisorUsername();
        for (int i = 1; i <= 4; i++) {
            redirect(name, "wrong " + i);
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(redirect(name, "wrong 5")).isEqualTo("/sign-in?error");
        assertThat(redirect(name, Fixtures.PASSWORD)).isEqualTo("/");
    }

    private String redirect(String username, String password) throws Exception {
        return SignIn.attempt(mvc, new MockHttpSession(), username, password, SignIn.newAddress())
                .getResponse().getRedirectedUrl();
    }
}
