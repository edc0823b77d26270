package org.stepwise.organisation;

/** How a service decides where a referral goes. */
public enum TriageMode {
    PAPER_SCREENING("Paper screening of the referral"),
    TRIAGE_APPOINTMENT("Triage appointment with the person");

    private final String label;

    TriageMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
