package org.stepwise.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * Sign-ins, failed sign-ins and sign-outs, from the events Spring Security publishes. A failed sign-in keeps the user
 * name that was tried (never the password); when it names a real account, the event goes to that account's service,
 * so its lead can see attempts on their staff's accounts.
 */
@Component
class SignInAuditor {

    private final AuditWriter writer;
    private final ClientAddress addresses;
    private final JdbcClient jdbc;
    private final Clock clock;

    SignInAuditor(AuditWriter writer, ClientAddress addresses, JdbcClient jdbc, Clock clock) {
        this.writer = writer;
        this.addresses = addresses;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        record(AuditAction.SIGN_IN, event.getAuthentication());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        record(AuditAction.SIGN_OUT, event.getAuthentication());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        AuditEvent.Builder failure = AuditEvent.of(AuditAction.SIGN_IN_FAILED, clock.instant())
                .username(username).from(addresses.current())
                .detail(Map.of("failure", event.getException().getClass().getSimpleName()));
        account(username).ifPresent(account -> failure.by(account.service(), null, List.of())
                .record(AuditedRecord.staffAccount(account.staff())));
        writer.writeNow(List.of(failure.build()));
    }

    private void record(AuditAction action, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInStaff me) {
            writer.writeNow(List.of(AuditEvent.of(action, clock.instant())
                    .by(me.serviceId(), me.staffId(), me.roles()).username(me.getUsername())
                    .from(addresses.current()).build()));
        }
    }

    private Optional<Account> account(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select service_id, id from staff where lower(username) = lower(?)").param(username)
                .query((rs, n) -> new Account(new ServiceId(rs.getObject(1, UUID.class)),
                        new StaffId(rs.getObject(2, UUID.class))))
                .optional();
    }

    private record Account(ServiceId service, StaffId staff) {
    }
}
