package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

class ThrottledSignInTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private static final LockoutRule RULE = new LockoutRule(3, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final CountingEncoder encoder = new CountingEncoder();
    private final NamesInMemory names = new NamesInMemory();

    @Test
    void anUnknownUserNameCostsAPasswordHashCheckJustAsAKnownOneDoes() {
        ThrottledSignIn signIn = signIn(new AddressThrottle(CLOCK, RULE));

        assertThatThrownBy(() -> signIn.authenticate(attempt("jo", "wrong"))).isInstanceOf(BadCredentialsException.class);
        int forKnown = encoder.checks.getAndSet(0);
        assertThatThrownBy(() -> signIn.authenticate(attempt("nobody", "wrong")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(encoder.checks.get()).isEqualTo(forKnown).isEqualTo(1);
    }

    @Test
    void aLockedNameIsRefusedBeforeAnyPasswordIsChecked() {
        ThrottledSignIn signIn = signIn(new AddressThrottle(CLOCK, RULE));
        assertThatThrownBy(() -> signIn.authenticate(attempt("jo", "1"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("jo", "2"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("jo", "3"))).isInstanceOf(LockedException.class);
        encoder.checks.set(0);

        assertThatThrownBy(() -> signIn.authenticate(attempt("jo", "right"))).isInstanceOf(LockedException.class);
        assertThat(encoder.checks.get()).isZero();
    }

    @Test
    void theRightPasswordClearsTheNamesCount() {
        ThrottledSignIn signIn = signIn(new AddressThrottle(CLOCK, new LockoutRule(100, Duration.ofMinutes(15),
                Duration.ofMinutes(15))));
        assertThatThrownBy(() -> signIn.authenticate(attempt("jo", "1"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("jo", "2"))).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(attempt("jo", "right")).isAuthenticated()).isTrue();
        assertThat(names.failures).doesNotContainKey("jo");
    }

    private ThrottledSignIn signIn(AddressThrottle addresses) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(username -> {
            if (!username.equals("jo")) {
                throw new UsernameNotFoundException("unknown");
            }
            return new SignedInStaff(ServiceId.random(), StaffId.random(), "jo", "Jo Bloggs", Set.of(Role.PWP), false,
                    true, "hash-of-right");
        });
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(passwords, names, addresses);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    /** Stands in for the bcrypt or Argon2 check, counting how often a hash is compared. */
    private static final class CountingEncoder implements PasswordEncoder {

        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash-of-" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals(encode(raw));
        }
    }

    /** The per-name throttle without its database, with the same rule. */
    private static final class NamesInMemory extends SignInThrottle {

        final Map<String, LockoutRule.Failures> failures = new HashMap<>();

        NamesInMemory() {
            super(null, CLOCK, new SecuritySettings(3, Duration.ofMinutes(15), Duration.ofMinutes(15), 100,
                    Duration.ofHours(10), "", ""));
        }

        @Override
        public boolean isLocked(String username) {
            return RULE.locked(failures.getOrDefault(username, LockoutRule.Failures.NONE), CLOCK.instant());
        }

        @Override
        public boolean recordFailure(String username) {
            LockoutRule.Failures after = RULE.afterFailure(failures.getOrDefault(username, LockoutRule.Failures.NONE),
                    CLOCK.instant());
            failures.put(username, after);
            return RULE.locked(after, CLOCK.instant());
        }

        @Override
        public void reset(String username) {
            failures.remove(username);
        }
    }
}
