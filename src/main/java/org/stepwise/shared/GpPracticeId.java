package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

public record GpPracticeId(UUID value) {

    public GpPracticeId {
        Objects.requireNonNull(value, "GpPracticeId");
    }

    public static GpPracticeId random() {
        return new GpPracticeId(UUID.randomUUID());
    }

    public static GpPracticeId parse(String text) {
        return new GpPracticeId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
