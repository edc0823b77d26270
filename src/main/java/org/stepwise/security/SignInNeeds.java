package org.stepwise.security;

import java.io.Serializable;

/**
 * What a password sign-in must still do before the person may use Stepwise.
 *
 * @param mustChangePassword the password was set by someone else (a service lead) and must be replaced
 * @param twoStepSetUp       the person has an authenticator app, so a code is asked for after the password
 * @param twoStepRequired    the service requires an authenticator app of everyone
 */
public record SignInNeeds(boolean mustChangePassword, boolean twoStepSetUp, boolean twoStepRequired)
        implements Serializable {

    public static final SignInNeeds NOTHING = new SignInNeeds(false, false, false);
}
