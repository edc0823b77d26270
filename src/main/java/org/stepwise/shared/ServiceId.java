package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

public record ServiceId(UUID value) {

    public ServiceId {
        Objects.requireNonNull(value, "ServiceId");
    }

    public static ServiceId random() {
        return new ServiceId(UUID.randomUUID());
    }

    public static ServiceId parse(String text) {
        return new ServiceId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
