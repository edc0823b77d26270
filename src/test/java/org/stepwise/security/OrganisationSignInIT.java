package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stepwise.Fixtures;
import org.stepwise.TestService;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Accounts;

/**
 * Signing in through an OpenID Connect identity provider, the whole authorization-code flow: Stepwise
 * (through MockMvc) sends the browser to the provider; a real HTTP client plays the browser at the
 * provider, signing in on its form; the provider sends it back with a code, which Stepwise exchanges
 * for tokens over real HTTP and checks against the provider's published keys.
 */
@AccountsTest
class OrganisationSignInIT {

    private static final String CALLBACK = "http://localhost/login/oauth2/code/oidc";
    private static final Pattern CSRF = Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Accounts accounts;

    @Test
    void someoneTheProviderVouchesForIsSignedInAsTheMemberOfStaffLinkedToTheirIdentity() throws Exception {
        TestService s = fixtures.service();
        StaffId olu = s.pwp("Olu Organisation");
        accounts.linkOrganisationIdentity(s.id(), olu, TestIdentityProvider.LINKED_PERSON, s.lead());
        assertThat(mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString())
                .contains("Sign in with Test Care Identity", "href=\"/oauth2/authorization/oidc\"");

        MockHttpSession session = new MockHttpSession();
        MvcResult back = signInAtProvider(session, TestIdentityProvider.LINKED_PERSON);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession signedIn = (MockHttpSession) back.getRequest().getSession(false);
        mvc.perform(get("/").session(signedIn)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Olu Organisation")));
        mvc.perform(get("/caseload").session(signedIn)).andExpect(status().isOk());
    }

    @Test
    void someoneLinkedToNoMemberOfStaffIsRefusedWithTheIdentifierToPassOn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult back = signInAtProvider(session, TestIdentityProvider.UNLINKED_PERSON);

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/sign-in/not-recognised");
        MockHttpSession after = (MockHttpSession) back.getRequest().getSession(false);
        mvc.perform(get("/sign-in/not-recognised").session(after)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your account is not linked to Stepwise")))
                .andExpect(content().string(containsString(TestIdentityProvider.UNLINKED_PERSON)));
        assertThat(mvc.perform(get("/").session(after)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in");
    }

    /** Starts at Stepwise, signs in at the provider as the person, and hands the provider's answer back. */
    private MvcResult signInAtProvider(MockHttpSession session, String person) throws Exception {
        String authorize = mvc.perform(get("/oauth2/authorization/oidc").session(session)).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(authorize).startsWith(TestIdentityProvider.issuer() + "/oauth2/authorize");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String location = send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET());
        assertThat(location).endsWith("/login");
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(location)).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        assertThat(csrf.find()).as("the provider's sign-in form has a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(person, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestIdentityProvider.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        location = send(browser, HttpRequest.newBuilder(URI.create(TestIdentityProvider.issuer() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        for (int hops = 0; !location.startsWith(CALLBACK) && hops < 5; hops++) {
            location = send(browser, HttpRequest.newBuilder(URI.create(location)).GET());
        }
        assertThat(location).startsWith(CALLBACK + "?code=");
        return mvc.perform(get(URI.create(location)).session(session)).andReturn();
    }

    private static String send(HttpClient browser, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = browser.send(request.header("Accept", "text/html")
                        .timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return response.uri().resolve(location).toString();
    }
}
