package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "ReferralId");
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    public static ReferralId parse(String text) {
        return new ReferralId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
