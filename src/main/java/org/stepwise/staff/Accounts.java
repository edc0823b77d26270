package org.stepwise.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.security.PasswordPolicy;
import org.stepwise.security.PasswordProblem;
import org.stepwise.security.StaffSessions;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Staff accounts: passwords, disabling and enabling, and the link to the organisation's identity provider. */
@Service
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ServiceNames serviceNames;
    private final StaffSessions sessions;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, ServiceNames serviceNames,
             StaffSessions sessions, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.policy = policy;
        this.serviceNames = serviceNames;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Account get(ServiceId service, StaffId id) {
        return jdbc.sql("""
                        select id, username, full_name, enabled, must_change_password, password_changed_at,
                               oidc_subject, totp_confirmed_at is not null as two_step_set_up
                        from staff where service_id = ? and id = ?
                        """)
                .params(service.value(), id.value())
                .query((rs, row) -> {
                    Timestamp changed = rs.getTimestamp("password_changed_at");
                    return new Account(new StaffId(rs.getObject("id", UUID.class)), rs.getString("username"),
                            rs.getString("full_name"), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                            changed == null ? null : changed.toInstant(), rs.getString("oidc_subject"),
                            rs.getBoolean("two_step_set_up"));
                })
                .optional().orElseThrow(() -> new NotFoundException("No such member of staff"));
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from staff where lower(username) = lower(?)").param(username)
                .query(Integer.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public boolean isCurrentPassword(ServiceId service, StaffId id, String password) {
        String hash = jdbc.sql("select password_hash from staff where service_id = ? and id = ?")
                .params(service.value(), id.value()).query(String.class).single();
        return password != null && passwords.matches(password, hash);
    }

    @Transactional(readOnly = true)
    public Optional<PasswordProblem> problemWith(ServiceId service, String username, String newPassword) {
        return policy.check(newPassword, username, serviceNames.of(service));
    }

    /**
     * Sets a password the person chose, so it need not be changed again, and ends their other sessions:
     * whoever may have known the old password is signed out.
     */
    @Transactional
    public void changePassword(ServiceId service, StaffId id, String newPassword, String currentSessionId) {
        Account account = get(service, id);
        problemWith(service, account.username(), newPassword).ifPresent(problem -> {
            throw new DomainException(problem.message());
        });
        jdbc.sql("""
                        update staff set password_hash = ?, must_change_password = false, password_changed_at = ?,
                                         version = version + 1, changed_at = ?, changed_by = id
                        where service_id = ? and id = ?
                        """)
                .params(passwords.encode(newPassword), Timestamp.from(clock.instant()), Timestamp.from(clock.instant()),
                        service.value(), id.value())
                .update();
        sessions.endOthers(id, currentSessionId);
        events.publishEvent(new StaffAccountChanged(service, id, id, "Password changed", false));
    }

    /** Disabling an account ends its sessions at once, not when they next time out. */
    @Transactional
    public void disable(ServiceId service, StaffId id, StaffId by) {
        if (id.equals(by)) {
            throw new DomainException("You cannot disable your own account");
        }
        setEnabled(service, id, false, by);
        sessions.endAll(id);
    }

    @Transactional
    public void enable(ServiceId service, StaffId id, StaffId by) {
        setEnabled(service, id, true, by);
    }

    /** Links the person to their identity at the organisation's identity provider; blank removes the link. */
    @Transactional
    public void linkOrganisationIdentity(ServiceId service, StaffId id, String identity, StaffId by) {
        String value = identity == null || identity.isBlank() ? null : identity.strip();
        try {
            change(service, id, "oidc_subject = ?", value, by);
        } catch (DuplicateKeyException e) {
            throw new DomainException("Another member of staff is already linked to this identity");
        }
    }

    private void setEnabled(ServiceId service, StaffId id, boolean enabled, StaffId by) {
        change(service, id, "enabled = ?", enabled, by);
    }

    private void change(ServiceId service, StaffId id, String assignment, Object value, StaffId by) {
        int changed = jdbc.sql("update staff set " + assignment
                        + ", version = version + 1, changed_at = ?, changed_by = ? where service_id = ? and id = ?")
                .params(value, Timestamp.from(clock.instant()), by.value(), service.value(), id.value())
                .update();
        if (changed == 0) {
            throw new NotFoundException("No such member of staff");
        }
        String what = assignment.startsWith("enabled") ? (Boolean.TRUE.equals(value) ? "Account enabled" : "Account disabled")
                : assignment.startsWith("oidc_subject") ? (value == null ? "Organisation sign-in unlinked"
                        : "Organisation sign-in linked") : "Account changed";
        events.publishEvent(new StaffAccountChanged(service, id, by, what, false));
    }
}
