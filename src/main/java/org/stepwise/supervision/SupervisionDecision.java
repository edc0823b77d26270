package org.stepwise.supervision;

/** What case management supervision decided about a case. */
public enum SupervisionDecision {
    CONTINUE("Continue as planned"),
    CHANGE_INTERVENTION("Change the intervention"),
    STEP_UP("Step up"),
    STEP_DOWN("Step down"),
    REFER_ON("Refer on"),
    DISCHARGE("Discharge"),
    REVIEW_RISK("Review risk"),
    OTHER("Other");

    private final String label;

    SupervisionDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
