package org.stepwise.referral;

/** Where a referral is in its journey through the service. */
public enum ReferralStatus {
    AWAITING_TRIAGE("Awaiting triage", true),
    WAITING("On a waiting list", true),
    ALLOCATED("Allocated", true),
    IN_TREATMENT("In treatment", true),
    DISCHARGED("Discharged", false),
    CLOSED("Closed without treatment", false);

    private final String label;
    private final boolean open;

    ReferralStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return open;
    }

    /** The GOV.UK tag colour that marks this status in lists. */
    public String tagClass() {
        return switch (this) {
            case AWAITING_TRIAGE -> "govuk-tag--yellow";
            case WAITING -> "govuk-tag--orange";
            case ALLOCATED -> "govuk-tag--light-blue";
            case IN_TREATMENT -> "govuk-tag--blue";
            case DISCHARGED -> "govuk-tag--green";
            case CLOSED -> "govuk-tag--grey";
        };
    }
}
