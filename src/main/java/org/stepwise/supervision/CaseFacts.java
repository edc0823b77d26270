package org.stepwise.supervision;

import java.time.LocalDate;
import org.stepwise.measures.ReliableChange;
import org.stepwise.shared.ReferralId;

/**
 * What the agenda rules need to know about one open case.
 *
 * @param depression      reliable change on PHQ-9 from the first score to the latest, or null with fewer than two
 * @param anxiety         the same for GAD-7
 * @param openRiskItems   unreviewed risk flags plus safeguarding concerns not yet closed
 * @param lastDiscussed   the last supervision that discussed the case, or null if never
 * @param lastOutcomeDna  whether the latest appointment with an outcome was a DNA
 */
public record CaseFacts(
        ReferralId referral,
        String patientName,
        int step,
        String status,
        LocalDate receivedDate,
        LocalDate firstAssessment,
        int treatmentSessions,
        LocalDate lastAttended,
        boolean lastOutcomeDna,
        int openRiskItems,
        ReliableChange depression,
        ReliableChange anxiety,
        LocalDate waitingSince,
        LocalDate lastDiscussed) {
}
