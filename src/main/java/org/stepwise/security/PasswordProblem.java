package org.stepwise.security;

/** Why a new password was refused, worded for the person choosing it. */
public enum PasswordProblem {
    MISSING("Enter a password"),
    TOO_SHORT("The password must be " + PasswordPolicy.MINIMUM_LENGTH + " characters or more"),
    TOO_LONG("The password must be " + PasswordPolicy.MAXIMUM_LENGTH + " characters or fewer"),
    TOO_COMMON("This password is one of the most commonly used, so it is easy to guess. Choose a different one"),
    CONTAINS_USER_NAME("The password must not contain the user name"),
    CONTAINS_SERVICE_NAME("The password must not contain the name of the service");

    private final String message;

    PasswordProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
