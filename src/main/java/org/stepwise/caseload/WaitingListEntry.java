package org.stepwise.caseload;

import java.time.LocalDate;
import org.stepwise.shared.ReferralId;

/** A person waiting for a practitioner at a step, with how long they have waited. */
public record WaitingListEntry(
        ReferralId referralId,
        String patientName,
        LocalDate receivedDate,
        LocalDate waitingSince,
        long daysSinceReferral,
        long daysOnList) {

    public long weeksSinceReferral() {
        return daysSinceReferral / 7;
    }
}
