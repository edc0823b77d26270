package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

public record StaffId(UUID value) {

    public StaffId {
        Objects.requireNonNull(value, "StaffId");
    }

    public static StaffId random() {
        return new StaffId(UUID.randomUUID());
    }

    public static StaffId parse(String text) {
        return new StaffId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
