package org.stepwise.triage;

/** Where triage sends a referral. */
public enum TriageOutcome {
    ALLOCATE("Allocate to a practitioner"),
    WAITING_LIST("Place on a step's waiting list"),
    CLOSE("Close: signpost, refer elsewhere or not suitable");

    private final String label;

    TriageOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
