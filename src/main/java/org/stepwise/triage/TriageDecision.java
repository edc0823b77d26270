package org.stepwise.triage;

import org.stepwise.referral.EndingCode;
import org.stepwise.shared.StaffId;

/**
 * A validated triage decision.
 *
 * @param appointmentOn     the day of the triage appointment, when the service triages by appointment
 * @param appointmentAttended whether the person came to it; null when there was no triage appointment
 * @param capOverrideReason why a practitioner at or over their cap still takes the case; null when within cap
 */
public record TriageDecision(
        String screeningOutcome,
        java.time.LocalDate appointmentOn,
        Boolean appointmentAttended,
        TriageOutcome outcome,
        Integer step,
        StaffId practitioner,
        EndingCode endingCode,
        String reason,
        String capOverrideReason) {

    /** The person was seen at this decision's triage appointment. */
    public boolean seenAtAppointment() {
        return appointmentOn != null && Boolean.TRUE.equals(appointmentAttended);
    }
}
