package org.stepwise.risk;

import java.util.Arrays;
import java.util.Optional;

/** Whether a safeguarding concern is about a child or an adult: they go to different local teams. */
public enum ConcernFor {
    CHILD("Child"),
    ADULT("Adult");

    private final String label;

    ConcernFor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ConcernFor> of(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
