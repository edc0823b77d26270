package org.stepwise.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A second layer against guessing: failed sign-ins per network address, in memory. The map is bounded,
 * so a flood from many addresses cannot exhaust memory; when it is full the address heard from least
 * recently is forgotten first. Per instance only, which is enough for a second layer: the per-name
 * lock in the database is the one that holds everywhere.
 */
final class AddressThrottle {

    static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final LockoutRule rule;
    private final Map<String, LockoutRule.Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LockoutRule.Failures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    AddressThrottle(Clock clock, LockoutRule rule) {
        this.clock = clock;
        this.rule = rule;
    }

    synchronized boolean isLocked(String address) {
        LockoutRule.Failures f = failures.get(address);
        return f != null && rule.locked(f, clock.instant());
    }

    synchronized boolean recordFailure(String address) {
        LockoutRule.Failures after = rule.afterFailure(failures.getOrDefault(address, LockoutRule.Failures.NONE),
                clock.instant());
        failures.put(address, after);
        return rule.locked(after, clock.instant());
    }

    synchronized int size() {
        return failures.size();
    }
}
