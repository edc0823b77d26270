package org.stepwise.referral;

import java.time.LocalDate;
import org.stepwise.shared.ReferralId;

/** A line in a patient's list of referrals. */
public record ReferralSummary(
        ReferralId id,
        LocalDate receivedDate,
        ReferralSource source,
        ReferralStatus status,
        Integer step,
        String practitioner,
        EndingCode endingCode,
        LocalDate endedDate) {
}
