package org.stepwise.risk;

/** What raised a risk flag. */
public enum FlagSource {
    PHQ9_ITEM9("PHQ-9 question 9"),
    CLINICIAN("Raised by a clinician");

    private final String label;

    FlagSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
