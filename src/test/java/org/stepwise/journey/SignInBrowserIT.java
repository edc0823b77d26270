package org.stepwise.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepwise.Fixtures;
import org.stepwise.TestService;

/** Signing in and out in a real browser, with its cookies, redirects and CSRF tokens. */
class SignInBrowserIT extends BrowserJourney {

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        TestService s = fixtures.service();

        browser.signIn(s.allocatorUsername(), "not the password");

        assertThat(browser.path()).startsWith("/sign-in");
        assertThat(browser.pageText()).contains("There is a problem", "The user name or password is not right");
        browser.open("/caseload");
        assertThat(browser.path()).isEqualTo("/sign-in");
    }

    @Test
    void aPageThatNeedsSignInLeadsToTheSignInPage() {
        browser.open("/caseload");

        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.heading()).isEqualTo("Sign in to Stepwise");
    }

    @Test
    void signingOutEndsTheSession() {
        TestService s = fixtures.service();
        browser.signIn(s.leadUsername(), Fixtures.PASSWORD);
        assertThat(browser.heading()).isEqualTo("Hello, Lena Lead");

        browser.signOut();

        assertThat(browser.path()).startsWith("/sign-in");
        assertThat(browser.pageText()).contains("You have signed out");
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/sign-in");
    }
}
