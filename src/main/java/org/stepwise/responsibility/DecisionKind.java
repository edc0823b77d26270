package org.stepwise.responsibility;

/** Decisions the ledger records, each attributed to the person who made it. */
public enum DecisionKind {
    REFERRAL_ACCEPTED("Referral received"),
    ALLOCATION("Allocation"),
    REALLOCATION("Re-allocation"),
    WAITING_LIST("Placed on waiting list"),
    CLOSURE("Closed without treatment"),
    STEP_CHANGE("Step change"),
    SUPERVISION_DECISION("Supervision decision"),
    TREATMENT_STARTED("Treatment started"),
    DISCHARGE("Discharge"),
    CAPACITY_OVERRIDE("Caseload cap overridden");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
