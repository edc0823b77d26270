package org.stepwise.risk;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When a flag's review falls due, and what an unreviewed flag has become by a given moment. An overdue review is
 * the escalation: it is highlighted on the caseload, the banner, the supervisor's view and the duty view, and it
 * sorts first on the duty view.
 */
record FlagReviewRule(int workingDays, ZoneId zone) {

    FlagReviewRule {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Working days cannot be negative");
        }
    }

    Instant dueBy(Instant raisedAt) {
        return WorkingDays.endOf(raisedAt, workingDays, zone);
    }

    static FlagState state(Instant dueBy, boolean reviewed, Instant now) {
        if (reviewed) {
            return FlagState.REVIEWED;
        }
        return now.isBefore(dueBy) ? FlagState.AWAITING_REVIEW : FlagState.REVIEW_OVERDUE;
    }
}
