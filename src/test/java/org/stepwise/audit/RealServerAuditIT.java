package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.stepwise.Fixtures;
import org.stepwise.TestService;
import org.stepwise.shared.ReferralId;

/**
 * Through a real servlet container, where a filter's refusal reaches the error page by an error dispatch and
 * X-Forwarded-For arrives from anyone. Configured as the browser tests are, so the same context serves both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Fixtures.class)
class RealServerAuditIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRecordedAsRefusedAndForwardedForIsNotBelieved() throws Exception {
        TestService s = fixtures.service();
        ReferralId referral = s.newReferral("Ada", "Lovelace", LocalDate.now());
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        String form = http.send(request("/sign-in").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(form);
        assertThat(token.find()).isTrue();
        HttpResponse<String> signIn = http.send(request("/sign-in")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(s.leadUsername()) + "&password="
                        + encode(Fixtures.PASSWORD) + "&_csrf=" + encode(token.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        HttpResponse<String> refused = http.send(request("/referrals/" + referral + "/edit")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("version=0")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);

        assertThat(new RecordedEvents(jdbc).all(s.id())).extracting(RecordedEvents.Row::action, RecordedEvents.Row::via)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.SIGN_IN, null),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.DENIED,
                                "/referrals/" + referral + "/edit"));
        assertThat(new RecordedEvents(jdbc).all(s.id())).allSatisfy(e -> assertThat(e.clientIp()).isEqualTo("127.0.0.1"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", "203.0.113.66");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
