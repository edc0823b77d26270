package org.stepwise.triage;

import org.stepwise.referral.EndingCode;
import org.stepwise.shared.StaffId;

/**
 * A validated triage decision.
 *
 * @param appointmentOn     the day of the triage appointment, when the service triages by appointment
 * @param capOverrideReason why a practitioner at or over their cap still takes the case; null when within cap
 */
public record TriageDecision(
        String screeningOutcome,
        java.time.LocalDate appointmentOn,
        TriageOutcome outcome,
        Integer step,
        StaffId practitioner,
        EndingCode endingCode,
        String reason,
        String capOverrideReason) {
}
