package org.stepwise.staff;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.security.SecretBox;
import org.stepwise.security.StaffSessions;
import org.stepwise.security.Totp;
import org.stepwise.security.TwoStepKeys;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * Two-step sign-in with an authenticator app: setting one up, checking its codes (each code once only),
 * resetting it when a phone is lost, and whether a service requires it of everyone.
 */
@Service
public class TwoStepSignIn {

    /** 160 bits, the key length RFC 4226 recommends for HMAC-SHA1. */
    private static final int SECRET_BYTES = 20;

    private final JdbcClient jdbc;
    private final TwoStepKeys keys;
    private final StaffSessions sessions;
    private final Clock clock;
    private final Totp totp = Totp.authenticatorApp();
    private final SecureRandom random = new SecureRandom();

    TwoStepSignIn(JdbcClient jdbc, TwoStepKeys keys, StaffSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.sessions = sessions;
        this.clock = clock;
    }

    public boolean available() {
        return keys.box().isPresent();
    }

    public byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    /**
     * Stores the secret once the person has proved their app holds it by typing its current code. Their
     * other sessions end, as after any change to how they sign in.
     */
    @Transactional
    public boolean confirm(ServiceId service, StaffId id, byte[] secret, String code, String currentSessionId) {
        OptionalLong step = totp.match(secret, code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        update staff set totp_secret = ?, totp_confirmed_at = ?, totp_last_step = ?,
                                         version = version + 1, changed_at = ?, changed_by = id
                        where service_id = ? and id = ?
                        """)
                .params(box().seal(secret, owner(id)), Timestamp.from(clock.instant()), step.getAsLong(),
                        Timestamp.from(clock.instant()), service.value(), id.value())
                .update();
        sessions.endOthers(id, currentSessionId);
        return true;
    }

    /** Whether the code is right now and unused; the row lock makes a code race lose to its first use. */
    @Transactional
    public boolean verify(ServiceId service, StaffId id, String code) {
        record Stored(byte[] secret, long lastStep) {
        }
        Stored stored = jdbc.sql("select totp_secret, totp_last_step from staff where service_id = ? and id = ? "
                        + "and totp_secret is not null for update")
                .params(service.value(), id.value())
                .query((rs, row) -> new Stored(rs.getBytes("totp_secret"), rs.getLong("totp_last_step")))
                .optional().orElse(null);
        if (stored == null) {
            return false;
        }
        OptionalLong step = totp.match(box().open(stored.secret(), owner(id)), code, clock.instant(), stored.lastStep());
        if (step.isEmpty()) {
            return false;
        }
        jdbc.sql("update staff set totp_last_step = ? where service_id = ? and id = ?")
                .params(step.getAsLong(), service.value(), id.value()).update();
        return true;
    }

    /** For a lost or replaced phone: the person sets up an app again at their next sign-in if required. */
    @Transactional
    public void reset(ServiceId service, StaffId id, StaffId by) {
        jdbc.sql("""
                        update staff set totp_secret = null, totp_confirmed_at = null, totp_last_step = null,
                                         version = version + 1, changed_at = ?, changed_by = ?
                        where service_id = ? and id = ?
                        """)
                .params(Timestamp.from(clock.instant()), by.value(), service.value(), id.value()).update();
        sessions.endAll(id);
    }

    @Transactional(readOnly = true)
    public boolean required(ServiceId service) {
        return jdbc.sql("select two_step_required from sign_in_policy where service_id = ?").param(service.value())
                .query(Boolean.class).optional().orElse(false);
    }

    @Transactional
    public void require(ServiceId service, boolean required, StaffId by) {
        if (required && !available()) {
            throw new DomainException("Two-step sign-in is not available until STEPWISE_TOTP_KEY is set");
        }
        jdbc.sql("""
                        insert into sign_in_policy (service_id, two_step_required, changed_at, changed_by)
                        values (?, ?, ?, ?)
                        on conflict (service_id) do update set two_step_required = excluded.two_step_required,
                            version = sign_in_policy.version + 1, changed_at = excluded.changed_at,
                            changed_by = excluded.changed_by
                        """)
                .params(service.value(), required, Timestamp.from(clock.instant()), by.value()).update();
    }

    private SecretBox box() {
        return keys.box().orElseThrow(() -> new DomainException(
                "Two-step sign-in is not available until STEPWISE_TOTP_KEY is set"));
    }

    private static byte[] owner(StaffId id) {
        return id.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
