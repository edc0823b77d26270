package org.stepwise.caseload;

import java.time.LocalDate;
import org.stepwise.shared.ReferralId;

/**
 * One open case on a practitioner's caseload.
 *
 * @param lastContact        the last attended contact, empty until contacts are recorded
 * @param riskFlags          risk flags not yet reviewed
 * @param riskReviewOverdue  whether any of them is past the time by which it had to be reviewed
 */
public record CaseloadRow(
        ReferralId referralId,
        String patientName,
        LocalDate dateOfBirth,
        int step,
        String status,
        String statusLabel,
        LocalDate receivedDate,
        long weeksSinceReferral,
        LocalDate lastContact,
        int missedAppointments,
        boolean trainee,
        Trend phq9,
        Trend gad7,
        int riskFlags,
        boolean riskReviewOverdue) {
}
