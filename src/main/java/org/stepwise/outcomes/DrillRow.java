package org.stepwise.outcomes;

import java.time.LocalDate;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;

/** One referral behind a count, linking to its page. */
public record DrillRow(ReferralId referralId, PatientId patientId, String patientName, LocalDate received,
                       LocalDate ended, Integer step, String practitioner, LocalDate firstTreatment,
                       LocalDate secondTreatment, String detail) {
}
