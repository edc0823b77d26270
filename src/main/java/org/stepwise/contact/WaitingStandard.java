package org.stepwise.contact;

/**
 * The national standards for the wait from referral to first treatment (domain-reference §2; england.nhs.uk access
 * and waiting time standards). The day is counted as NHS England's SQL counts it, day of referral as day 0 and the
 * last day included: DATEDIFF(day, referral received, first treatment) <= 42 (CDP_B02) or <= 126 (CDP_B01).
 */
public enum WaitingStandard {
    SIX_WEEKS(42, "6 weeks"),
    EIGHTEEN_WEEKS(126, "18 weeks");

    private final int days;
    private final String label;

    WaitingStandard(int days, String label) {
        this.days = days;
        this.label = label;
    }

    public int days() {
        return days;
    }

    public String label() {
        return label;
    }
}
