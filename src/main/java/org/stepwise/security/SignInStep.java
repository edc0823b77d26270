package org.stepwise.security;

/** A page that a password sign-in must pass through, in this order, before anything else opens. */
public enum SignInStep {
    ENTER_CODE("/sign-in/code"),
    CHANGE_PASSWORD("/account/password"),
    SET_UP_TWO_STEP("/account/two-step");

    private final String path;

    SignInStep(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
