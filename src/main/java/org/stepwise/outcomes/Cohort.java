package org.stepwise.outcomes;

/** The set of referrals a figure counts. */
public enum Cohort {
    /** Referrals that ended (discharged or closed) in the period: the outcome figures and waiting-time standards. */
    ENDED,
    /** Referrals whose second attended treatment appointment fell in the period: the first-to-second wait. */
    SECOND_TREATMENT,
    /** Referrals open today, whatever the period: who is still waiting, and who has not been seen for a while. */
    OPEN
}
