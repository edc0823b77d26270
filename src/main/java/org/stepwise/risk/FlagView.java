package org.stepwise.risk;

import java.time.Instant;
import java.util.UUID;
import org.stepwise.shared.ReferralId;

/** A raised risk flag and, once it has one, its review. */
public record FlagView(UUID id, ReferralId referralId, FlagSource source, String detail, Instant raisedAt,
                       String raisedBy, Instant reviewDueBy, Instant reviewedAt, String reviewedBy,
                       String reviewOutcome) {

    public FlagState state(Instant now) {
        return FlagReviewRule.state(reviewDueBy, reviewedAt != null, now);
    }

    public boolean open() {
        return reviewedAt == null;
    }
}
