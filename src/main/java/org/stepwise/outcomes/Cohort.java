package org.stepwise.outcomes;

/** The set of referrals a figure counts. */
public enum Cohort {
    /** Referrals that ended (discharged or closed) in the period: the outcome figures and waiting-time standards. */
    ENDED,
    /** Referrals whose second attended treatment appointment fell in the period: the first-to-second wait. */
    SECOND_TREATMENT,
    /** Referrals open today, whatever the period: who is still waiting, and who has not been seen for a while. */
    OPEN,
    /** Referrals received in the period (by the day received), whatever happened to them since. */
    RECEIVED,
    /** Referrals whose first attended treatment appointment fell in the period: people entering treatment. */
    ENTERED_TREATMENT;

    /** Whether a list behind one of this cohort's counts can be one row of that breakdown. */
    boolean breaksDownBy(Dimension dimension) {
        return switch (this) {
            case ENDED -> true;
            case RECEIVED, ENTERED_TREATMENT -> dimension == Dimension.MONTH;
            case SECOND_TREATMENT, OPEN -> false;
        };
    }

    /** What the month of a row means: each cohort counts a referral in the month of its own date. */
    String monthHeading() {
        return switch (this) {
            case RECEIVED -> "Month received";
            case ENTERED_TREATMENT -> "Month of the first treatment";
            default -> Dimension.MONTH.heading();
        };
    }
}
