package org.stepwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Signing in through the organisation's identity provider (OpenID Connect), as the sign-in page offers
 * it: a bean only when an identity provider is configured.
 *
 * @param label the button's words, for example "Sign in with NHS Care Identity"
 * @param path  where the button leads to start the sign-in
 */
public record OrganisationSignIn(String label, String path) {

    static final String REGISTRATION = "oidc";
    static final String UNRECOGNISED_IDENTITY = OrganisationSignIn.class.getName() + ".unrecognisedIdentity";

    static OrganisationSignIn labelled(String label) {
        return new OrganisationSignIn(label, "/oauth2/authorization/" + REGISTRATION);
    }

    /** The identifier the provider sent for someone no staff record is linked to, for them to pass on. */
    public static Optional<String> unrecognisedIdentity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(UNRECOGNISED_IDENTITY) instanceof String identity
                ? Optional.of(identity) : Optional.empty();
    }
}
