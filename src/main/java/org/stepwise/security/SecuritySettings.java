package org.stepwise.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and session settings (stepwise.security.*; README lists the environment variables).
 *
 * @param maxFailedSignIns           failures for one user name within the window that lock it
 * @param failedSignInWindow         how long failures are counted together
 * @param lockout                    how long a locked user name stays locked
 * @param maxFailedSignInsPerAddress failures from one network address within the window that lock the
 *                                   address; high, because a whole clinic may share one address
 * @param sessionLifetime            the longest a sign-in lasts, however busy the session
 * @param totpKey                    base64 of the 256-bit key that encrypts authenticator secrets
 * @param totpKeyFile                where the embedded mode keeps a generated key when none is given
 */
@ConfigurationProperties("stepwise.security")
public record SecuritySettings(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration failedSignInWindow,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("50") int maxFailedSignInsPerAddress,
        @DefaultValue("10h") Duration sessionLifetime,
        @DefaultValue("") String totpKey,
        @DefaultValue("data/totp.key") String totpKeyFile) {

    LockoutRule userNameRule() {
        return new LockoutRule(maxFailedSignIns, failedSignInWindow, lockout);
    }

    LockoutRule addressRule() {
        return new LockoutRule(maxFailedSignInsPerAddress, failedSignInWindow, lockout);
    }
}
