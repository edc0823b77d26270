package org.stepwise.risk;

import java.util.Arrays;
import java.util.Optional;

/** The kind of service a person is referred on to. */
public enum Destination {
    CRISIS_TEAM("Crisis team (crisis resolution and home treatment)"),
    COMMUNITY_MENTAL_HEALTH_TEAM("Community mental health team"),
    SECONDARY_CARE("Other secondary mental health care"),
    OTHER("Another service");

    private final String label;

    Destination(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Destination> of(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
    }
}
