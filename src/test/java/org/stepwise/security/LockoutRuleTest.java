package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutRuleTest {

    private static final LockoutRule RULE = new LockoutRule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theFifthFailureWithinTheWindowLocksForTheLockoutPeriod() {
        LockoutRule.Failures f = failures(4, T0, Duration.ofMinutes(1));
        assertThat(RULE.locked(f, T0.plusSeconds(240))).isFalse();

        f = RULE.afterFailure(f, T0.plusSeconds(300));

        assertThat(RULE.locked(f, T0.plusSeconds(300))).isTrue();
        assertThat(RULE.locked(f, T0.plusSeconds(300).plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(RULE.locked(f, T0.plusSeconds(300).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresSpreadWiderThanTheWindowNeverLock() {
        LockoutRule.Failures f = failures(4, T0, Duration.ofMinutes(1));
        f = RULE.afterFailure(f, T0.plus(Duration.ofMinutes(15)));
        assertThat(RULE.locked(f, T0.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(f.count()).isEqualTo(1);
    }

    @Test
    void attemptsWhileLockedDoNotExtendTheLock() {
        LockoutRule.Failures locked = failures(5, T0, Duration.ofSeconds(1));
        Instant until = locked.lockedUntil();
        LockoutRule.Failures after = RULE.afterFailure(locked, T0.plus(Duration.ofMinutes(10)));
        assertThat(after.lockedUntil()).isEqualTo(until);
    }

    @Test
    void afterTheLockEndsCountingStartsAgainFromNothing() {
        LockoutRule.Failures locked = failures(5, T0, Duration.ofSeconds(1));
        Instant later = locked.lockedUntil().plusSeconds(1);
        LockoutRule.Failures after = RULE.afterFailure(locked, later);
        assertThat(RULE.locked(after, later)).isFalse();
        assertThat(after.count()).isEqualTo(1);
    }

    @Test
    void aRuleOfOneLocksAtTheFirstFailure() {
        LockoutRule strict = new LockoutRule(1, Duration.ofMinutes(1), Duration.ofMinutes(1));
        assertThat(strict.locked(strict.afterFailure(LockoutRule.Failures.NONE, T0), T0)).isTrue();
    }

    private static LockoutRule.Failures failures(int n, Instant start, Duration apart) {
        LockoutRule.Failures f = LockoutRule.Failures.NONE;
        for (int i = 0; i < n; i++) {
            f = RULE.afterFailure(f, start.plus(apart.multipliedBy(i)));
        }
        return f;
    }
}
