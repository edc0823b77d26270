package org.stepwise.security;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed sign-ins lock a name (or an address) for a while: {@code maxFailures} failures within
 * {@code window} lock it for {@code lockFor}. Attempts while locked are refused unchecked and do not
 * extend the lock, so a guesser cannot keep a colleague locked out for longer than one period at a time.
 */
public record LockoutRule(int maxFailures, Duration window, Duration lockFor) {

    public LockoutRule {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("A lockout needs at least one failure, a window and a period");
        }
    }

    /** Failed attempts so far for one name or address; {@code lockedUntil} is null when not locked. */
    public record Failures(int count, Instant windowStartedAt, Instant lockedUntil) {

        public static final Failures NONE = new Failures(0, Instant.EPOCH, null);
    }

    public boolean locked(Failures failures, Instant now) {
        return failures.lockedUntil() != null && now.isBefore(failures.lockedUntil());
    }

    /** The record after one more failure at {@code now}; the failure that reaches the limit starts the lock. */
    public Failures afterFailure(Failures failures, Instant now) {
        if (locked(failures, now)) {
            return failures;
        }
        boolean windowOver = !now.isBefore(failures.windowStartedAt().plus(window));
        int count = windowOver ? 1 : failures.count() + 1;
        Instant started = windowOver ? now : failures.windowStartedAt();
        if (count >= maxFailures) {
            return new Failures(0, now, now.plus(lockFor));
        }
        return new Failures(count, started, null);
    }

    /** How long after its last failure a record can matter no more, so that it can be forgotten. */
    public Duration memory() {
        return window.plus(lockFor);
    }
}
