package org.stepwise.responsibility;

/** The kinds of responsibility a case carries at any moment. */
public enum ResponsibilityKind {
    CLINICAL("Clinical responsibility"),
    TREATING("Treating practitioner"),
    MEDICAL("Medical responsibility");

    private final String label;

    ResponsibilityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
