package org.stepwise.risk;

import java.time.Instant;
import org.stepwise.shared.DomainException;

/** A flag about to be raised: the rules for what may raise one and when its review falls due. */
record NewFlag(FlagSource source, String detail, Instant raisedAt, Instant reviewDueBy) {

    static final int MAX_DETAIL = 2000;

    /** PHQ-9 question 9 answered above 0, whoever completed the questionnaire and however it reached Stepwise. */
    static NewFlag fromItemNine(int answer, Instant at, FlagReviewRule rule) {
        if (answer < 1) {
            throw new IllegalArgumentException("Only an answer above 0 to question 9 raises a flag");
        }
        return new NewFlag(FlagSource.PHQ9_ITEM9,
                "PHQ-9 question 9 (thoughts of being better off dead or of self-harm) answered " + answer
                        + " of 3: a risk assessment is needed", at, rule.dueBy(at));
    }

    /** A clinician's concern, in their words. */
    static NewFlag byClinician(String concern, Instant at, FlagReviewRule rule) {
        if (concern == null || concern.isBlank()) {
            throw new DomainException("Describe the concern that the flag is for");
        }
        if (concern.length() > MAX_DETAIL) {
            throw new DomainException("The concern must be " + MAX_DETAIL + " characters or fewer");
        }
        return new NewFlag(FlagSource.CLINICIAN, concern.strip(), at, rule.dueBy(at));
    }
}
