package org.stepwise.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per user name, kept in the database so that a lock holds across restarts and across
 * every instance behind a load balancer. Any name typed is counted, known or not, so a lock says nothing
 * about whether an account exists. Names are stored only as a hash: people sometimes type their password
 * into the user name box, and that must not end up in a table.
 */
@Component
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LockoutRule rule;

    SignInThrottle(JdbcClient jdbc, Clock clock, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rule = settings.userNameRule();
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return rule.locked(read(key(username), false), clock.instant());
    }

    /** Counts a failure (a wrong password or authenticator code) and says whether the name is now locked. */
    @Transactional
    public boolean recordFailure(String username) {
        byte[] key = key(username);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into sign_in_throttle (name_hash, failures, window_started_at, last_failure_at)
                values (?, 0, ?, ?) on conflict (name_hash) do nothing
                """).params(key, Timestamp.from(now), Timestamp.from(now)).update();
        // The row lock makes simultaneous guesses from several instances count one after another.
        LockoutRule.Failures after = rule.afterFailure(read(key, true), now);
        jdbc.sql("""
                update sign_in_throttle set failures = ?, window_started_at = ?, locked_until = ?, last_failure_at = ?
                where name_hash = ?
                """).params(after.count(), Timestamp.from(after.windowStartedAt()),
                        after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()), Timestamp.from(now),
                        key).update();
        forgetOldFailures(now);
        return rule.locked(after, now);
    }

    /** A successful sign-in starts the count again. */
    @Transactional
    public void reset(String username) {
        jdbc.sql("delete from sign_in_throttle where name_hash = ?").param(key(username)).update();
    }

    private LockoutRule.Failures read(byte[] key, boolean forUpdate) {
        return jdbc.sql("select failures, window_started_at, locked_until from sign_in_throttle where name_hash = ?"
                        + (forUpdate ? " for update" : ""))
                .param(key)
                .query((rs, row) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new LockoutRule.Failures(rs.getInt("failures"), rs.getTimestamp("window_started_at")
                            .toInstant(), locked == null ? null : locked.toInstant());
                })
                .optional().orElse(LockoutRule.Failures.NONE);
    }

    /** Names typed once and never again would otherwise pile up. */
    private void forgetOldFailures(Instant now) {
        jdbc.sql("delete from sign_in_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)")
                .params(Timestamp.from(now.minus(rule.memory())), Timestamp.from(now)).update();
    }

    static byte[] key(String username) {
        try {
            String name = (username == null ? "" : username.strip()).toLowerCase(Locale.ROOT);
            return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
