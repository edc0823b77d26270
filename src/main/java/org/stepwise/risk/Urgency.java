package org.stepwise.risk;

import java.util.Arrays;
import java.util.Optional;

/** How soon the receiving service is asked to respond to an onward referral. */
public enum Urgency {
    EMERGENCY("Emergency", "Immediate risk: the receiving team is asked to respond within hours"),
    URGENT("Urgent", "The receiving team is asked to respond within a day"),
    ROUTINE("Routine", "No immediate risk");

    private final String label;
    private final String hint;

    Urgency(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public static Optional<Urgency> of(String name) {
        return Arrays.stream(values()).filter(u -> u.name().equals(name)).findFirst();
    }
}
