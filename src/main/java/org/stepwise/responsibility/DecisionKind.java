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
    CAPACITY_OVERRIDE("Caseload cap overridden"),
    RISK_FLAG_RAISED("Risk flag raised"),
    RISK_FLAG_REVIEW("Risk flag reviewed"),
    RISK_ASSESSMENT("Risk assessment"),
    SAFETY_PLAN("Safety plan"),
    SAFEGUARDING_CONCERN("Safeguarding concern"),
    SAFEGUARDING_ACTION("Safeguarding action"),
    ONWARD_REFERRAL("Onward referral"),
    ONWARD_REFERRAL_RESPONSE("Onward referral response");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
