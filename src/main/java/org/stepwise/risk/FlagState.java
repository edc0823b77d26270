package org.stepwise.risk;

/** Where a risk flag stands: it stays on every view until a clinician records a review. */
public enum FlagState {
    AWAITING_REVIEW("Awaiting review"),
    REVIEW_OVERDUE("Review overdue"),
    REVIEWED("Reviewed");

    private final String label;

    FlagState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != REVIEWED;
    }
}
