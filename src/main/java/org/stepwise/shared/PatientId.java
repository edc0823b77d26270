package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

public record PatientId(UUID value) {

    public PatientId {
        Objects.requireNonNull(value, "PatientId");
    }

    public static PatientId random() {
        return new PatientId(UUID.randomUUID());
    }

    public static PatientId parse(String text) {
        return new PatientId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
