package org.stepwise.risk;

import java.util.Arrays;
import java.util.Optional;

public enum Priority {
    HIGH("High", "govuk-tag--red"),
    NORMAL("Normal", "govuk-tag--blue"),
    LOW("Low", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    Priority(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    public static Optional<Priority> of(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
