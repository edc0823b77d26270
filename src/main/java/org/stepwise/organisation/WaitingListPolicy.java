package org.stepwise.organisation;

/** The order in which people on a step's waiting list are offered a practitioner. */
public enum WaitingListPolicy {
    OLDEST_REFERRAL_FIRST("Oldest referral first"),
    LONGEST_ON_LIST_FIRST("Longest on the waiting list first");

    private final String label;

    WaitingListPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
