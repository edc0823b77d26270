package org.stepwise.discharge;

import java.math.BigDecimal;
import java.time.Instant;

/** The outcome computed and stored when a referral ended (domain-reference §2). */
public record StoredOutcome(
        boolean finishedTreatment,
        int treatmentSessions,
        String anxietyMeasure,
        boolean adsmUsed,
        boolean paired,
        boolean casenessAtStart,
        boolean recovered,
        boolean reliableImprovement,
        boolean reliableDeterioration,
        boolean noReliableChange,
        boolean reliableRecovery,
        BigDecimal phq9First,
        BigDecimal phq9Last,
        BigDecimal anxietyFirst,
        BigDecimal anxietyLast,
        Instant computedAt) {

    /** Counted in the national outcome figures: finished a course with paired scores. */
    public boolean classified() {
        return finishedTreatment && paired;
    }
}
