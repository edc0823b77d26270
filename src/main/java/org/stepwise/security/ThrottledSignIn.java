package org.stepwise.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the throttles: a locked user name or address is refused before any password
 * is checked, a wrong password counts against both, and a right one clears the name's count.
 *
 * <p>Unknown user names take the same path as known ones, including a dummy hash check inside the
 * password provider, so neither the message nor the time taken tells whether an account exists.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    static final String LOCKED = "Too many failed sign-ins";

    private final AuthenticationProvider passwords;
    private final SignInThrottle names;
    private final AddressThrottle addresses;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle names, AddressThrottle addresses) {
        this.passwords = passwords;
        this.names = names;
        this.addresses = addresses;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String address = address(attempt);
        if (addresses.isLocked(address) || names.isLocked(name)) {
            throw new LockedException(LOCKED);
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            // Both counts move, so evaluate both before deciding.
            boolean nameLocked = names.recordFailure(name);
            boolean addressLocked = addresses.recordFailure(address);
            if (nameLocked || addressLocked) {
                throw new LockedException(LOCKED, wrong);
            }
            throw wrong;
        }
        names.reset(name);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
