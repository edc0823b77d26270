package org.stepwise.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The identity provider vouched for someone whom no member of staff is linked to. */
final class UnrecognisedIdentityException extends OAuth2AuthenticationException {

    private final String identity;

    UnrecognisedIdentityException(String identity) {
        super(new OAuth2Error("stepwise_unrecognised_identity"), "No member of staff has this identity");
        this.identity = identity;
    }

    String identity() {
        return identity;
    }
}
