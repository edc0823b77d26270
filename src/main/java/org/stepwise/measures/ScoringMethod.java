package org.stepwise.measures;

/** How item answers become the questionnaire's total. */
public enum ScoringMethod {
    /** Total = sum of the item answers (PHQ-9, GAD-7, most ADSMs). */
    SUM,
    /** Total = mean of the item answers, kept to two decimal places (Mobility Inventory). */
    MEAN
}
