package org.stepwise.shared;

import java.util.UUID;

/** Typed identifiers: a referral id can never be passed where a patient id is expected. */
public final class Identifier {

    private Identifier() {
    }

    /** Parses an opaque id from a URL, refusing anything that is not a UUID. */
    public static UUID parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("No such record");
        }
    }
}
