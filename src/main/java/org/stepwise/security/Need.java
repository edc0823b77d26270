package org.stepwise.security;

/** What a page or action needs to see of a case. */
public enum Need {
    /** Who the person is and when they are seen: demographics, referrals listed, appointments. */
    DEMOGRAPHICS,
    /** Anything clinical: presenting problem, notes, scores, risk, outcomes. */
    CLINICAL
}
