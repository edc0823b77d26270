package org.stepwise.risk;

/**
 * Where a safeguarding concern stands: open until someone with the authority to do so closes it. Referring it to
 * the local safeguarding team moves it on; a closed concern takes no more actions (a new concern is raised).
 */
public enum ConcernStatus {
    OPEN("Open", "govuk-tag--red"),
    REFERRED("Referred to the safeguarding team", "govuk-tag--orange"),
    CLOSED("Closed", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    ConcernStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    public boolean open() {
        return this != CLOSED;
    }

    /** The status after an action is recorded. */
    ConcernStatus recordAction(ActionKind kind) {
        refuseWhenClosed("record an action on it");
        if (!kind.chosenByStaff()) {
            throw new IllegalArgumentException(kind + " is recorded by Stepwise itself");
        }
        return kind == ActionKind.SAFEGUARDING_REFERRAL ? REFERRED : this;
    }

    ConcernStatus handOver() {
        refuseWhenClosed("hand it over");
        return this;
    }

    ConcernStatus close() {
        refuseWhenClosed("close it again");
        return CLOSED;
    }

    private void refuseWhenClosed(String what) {
        if (this == CLOSED) {
            throw new RiskTransitionException("This safeguarding concern is closed, so you cannot " + what
                    + ". If there is something new, raise a new concern.");
        }
    }
}
