package org.stepwise.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a new password must meet, after the NCSC's password guidance and OWASP ASVS 5.0: length
 * rather than complexity, no composition rules (any character, spaces included), a deny-list of the
 * most common passwords, and nothing guessable from the context (the user name or the service's name).
 * The rules apply when a password is set, never when one is checked, so older passwords still sign in.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    /** Long enough for any passphrase; bounded so that hashing a pasted novel cannot tie up the server. */
    public static final int MAXIMUM_LENGTH = 256;
    /** Shorter names would refuse too many good passphrases by chance (a user name "al" is in "always"). */
    private static final int SHORTEST_NAME_CHECKED = 3;

    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    /**
     * @param username     the account's user name
     * @param serviceNames names of the service the person would recognise, such as "Stepwise" and their
     *                     own service's name
     * @return the first rule the password breaks, in the order a person would fix them
     */
    public Optional<PasswordProblem> check(String password, String username, Collection<String> serviceNames) {
        if (password == null || password.isEmpty()) {
            return Optional.of(PasswordProblem.MISSING);
        }
        // Characters as people count them: an emoji or an accented letter is one, whatever its encoding.
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        if (common.contains(password)) {
            return Optional.of(PasswordProblem.TOO_COMMON);
        }
        String lower = lower(password);
        if (username != null && username.length() >= SHORTEST_NAME_CHECKED && lower.contains(lower(username))) {
            return Optional.of(PasswordProblem.CONTAINS_USER_NAME);
        }
        for (String name : serviceNames) {
            if (name != null && name.strip().length() >= SHORTEST_NAME_CHECKED && lower.contains(lower(name.strip()))) {
                return Optional.of(PasswordProblem.CONTAINS_SERVICE_NAME);
            }
        }
        return Optional.empty();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
