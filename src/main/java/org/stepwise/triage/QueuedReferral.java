package org.stepwise.triage;

import java.time.LocalDate;
import org.stepwise.referral.ReferralSource;
import org.stepwise.shared.ReferralId;

/** A referral awaiting triage, with how long it has waited. */
public record QueuedReferral(
        ReferralId referralId,
        String patientName,
        LocalDate receivedDate,
        long daysWaiting,
        ReferralSource source,
        String presentingProblem) {

    /** The first line of the presenting problem, short enough for a table cell. */
    public String problemExcerpt() {
        String text = presentingProblem == null ? "" : presentingProblem.strip();
        return text.length() <= 90 ? text : text.substring(0, 87).stripTrailing() + "…";
    }
}
