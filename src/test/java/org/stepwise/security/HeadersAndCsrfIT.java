package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;

/**
 * Every page, found from the application's own request mappings rather than from a list that could fall
 * behind, carries the security headers; every state-changing request without a CSRF token is refused.
 */
@IntegrationTest
@AutoConfigureMockMvc
class HeadersAndCsrfIT extends WebTest {

    private static final Set<RequestMethod> CHANGES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ApplicationContext context;

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        TestService s = fixtures.service();
        List<String> pages = paths(false);
        assertThat(pages).contains("/", "/staff", "/account/password");
        for (String path : pages) {
            assertHeaders(path, mvc.perform(get(path).with(as(s.leadUsername()))).andReturn().getResponse());
        }
        assertHeaders("/sign-in", mvc.perform(get("/sign-in")).andReturn().getResponse());
        assertHeaders("/error", mvc.perform(get("/no-such-page").with(as(s.leadUsername()))).andReturn().getResponse());
    }

    @Test
    void everyChangeWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        TestService s = fixtures.service();
        List<String> changes = new ArrayList<>(paths(true));
        assertThat(changes).contains("POST /staff/new", "POST /account/password");
        changes.add("POST /sign-in");
        changes.add("POST /sign-out");
        MockHttpSession lead = SignIn.as(mvc, s.leadUsername(), Fixtures.PASSWORD);
        // A page puts the session's CSRF token in its forms, as a browser would have seen it.
        mvc.perform(get("/").session(lead));
        for (String change : changes) {
            String[] methodAndPath = change.split(" ", 2);
            int status = mvc.perform(request(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1]).session(lead))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(change).isEqualTo(403);
        }
        mvc.perform(get("/").session(lead)).andExpect(status().isOk());
    }

    @Test
    void aChangeWithNoSessionAndNoTokenIsRefusedToo() throws Exception {
        TestService s = fixtures.service();
        for (String change : paths(true)) {
            String[] methodAndPath = change.split(" ", 2);
            int status = mvc.perform(request(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1])
                    .with(as(s.leadUsername()))).andReturn().getResponse().getStatus();
            assertThat(status).as(change).isEqualTo(403);
        }
    }

    @Test
    void strictTransportSecurityIsSentOnlyOverHttps() throws Exception {
        assertThat(mvc.perform(get("/sign-in").secure(true)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).contains("max-age=");
        assertThat(mvc.perform(get("/sign-in")).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void withoutIdentityProviderSettingsNothingOfOpenIdConnectExists() throws Exception {
        assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(OrganisationSignIn.class).getIfAvailable()).isNull();
        assertThat(mvc.perform(get("/sign-in")).andReturn().getResponse().getContentAsString())
                .contains("Sign in to Stepwise").doesNotContain("organisation-sign-in");
        assertThat(mvc.perform(get("/oauth2/authorization/oidc")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in");
    }

    private static void assertHeaders(String path, MockHttpServletResponse response) {
        assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'")
                .contains("default-src 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
        assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
    }

    /** Each mapped path with its variables filled by ids that exist nowhere; for changes, "METHOD path". */
    private List<String> paths(boolean changes) {
        List<String> found = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
                if (changes) {
                    methods.stream().filter(CHANGES::contains).forEach(m -> found.add(m.name() + " " + path));
                } else if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    found.add(path);
                }
            }
        }
        return found;
    }
}
