package org.stepwise.triage;

import org.stepwise.referral.EndingCode;
import org.stepwise.shared.StaffId;

/**
 * A validated triage decision.
 *
 * @param capOverrideReason why a practitioner at or over their cap still takes the case; null when within cap
 */
public record TriageDecision(
        String screeningOutcome,
        TriageOutcome outcome,
        Integer step,
        StaffId practitioner,
        EndingCode endingCode,
        String reason,
        String capOverrideReason) {
}
