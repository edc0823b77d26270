package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
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

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRecordedAsRefusedAndForwardedForIsNotBelieved() throws Exception {
        TestService s = fixtures.service();
        ReferralId referral = s.newReferral("Ada", "Lovelace", LocalDate.now());
        SignedInClient lead = SignedInClient.signIn(port, s.leadUsername(), Fixtures.PASSWORD);

        assertThat(lead.post("/referrals/" + referral + "/edit", "version=0").statusCode()).isEqualTo(403);

        assertThat(new RecordedEvents(jdbc).all(s.id()))
                .extracting(RecordedEvents.Row::action, RecordedEvents.Row::via, RecordedEvents.Row::clientIp)
                .containsExactly(tuple(AuditAction.SIGN_IN, null, "127.0.0.1"),
                        tuple(AuditAction.DENIED, "/referrals/" + referral + "/edit", "127.0.0.1"));
    }
}
