package org.stepwise.referral;

import java.time.Instant;

/** A recorded change of a referral's state: what, from, to, why, by whom, when. */
public record TransitionRecord(
        String transition,
        ReferralStatus from,
        ReferralStatus to,
        String reason,
        String decidedBy,
        Instant decidedAt) {
}
