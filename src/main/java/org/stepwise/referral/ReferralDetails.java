package org.stepwise.referral;

import java.time.LocalDate;

/**
 * What the referral says: when it came, from whom, and why.
 *
 * @param problemDescriptor provisional diagnosis as an ICD-10 code (for example F41.1), if known
 */
public record ReferralDetails(
        LocalDate receivedDate,
        ReferralSource source,
        String referrer,
        String presentingProblem,
        String problemDescriptor) {
}
