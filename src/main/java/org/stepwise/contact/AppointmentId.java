package org.stepwise.contact;

import java.util.Objects;
import java.util.UUID;
import org.stepwise.shared.Identifier;

public record AppointmentId(UUID value) {

    public AppointmentId {
        Objects.requireNonNull(value, "AppointmentId");
    }

    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    public static AppointmentId parse(String text) {
        return new AppointmentId(Identifier.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
