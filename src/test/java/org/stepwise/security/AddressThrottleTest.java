package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void locksAnAddressAfterItsFailuresAndLeavesOthersAlone() {
        AddressThrottle throttle = new AddressThrottle(CLOCK, new LockoutRule(3, Duration.ofMinutes(15),
                Duration.ofMinutes(15)));
        assertThat(throttle.recordFailure("192.0.2.1")).isFalse();
        assertThat(throttle.recordFailure("192.0.2.1")).isFalse();
        assertThat(throttle.recordFailure("192.0.2.1")).isTrue();
        assertThat(throttle.isLocked("192.0.2.1")).isTrue();
        assertThat(throttle.isLocked("192.0.2.2")).isFalse();
    }

    @Test
    void remembersABoundedNumberOfAddresses() {
        AddressThrottle throttle = new AddressThrottle(CLOCK, new LockoutRule(2, Duration.ofMinutes(15),
                Duration.ofMinutes(15)));
        throttle.recordFailure("locked");
        throttle.recordFailure("locked");
        for (int i = 0; i < AddressThrottle.MAX_ADDRESSES + 500; i++) {
            throttle.recordFailure("198.51." + (i / 256) + "." + (i % 256));
            if (i % 1000 == 0) {
                throttle.isLocked("locked");
            }
        }
        assertThat(throttle.size()).isEqualTo(AddressThrottle.MAX_ADDRESSES);
        assertThat(throttle.isLocked("locked")).as("recently heard of, so kept").isTrue();
    }
}
