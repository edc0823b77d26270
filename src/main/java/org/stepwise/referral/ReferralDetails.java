package org.stepwise.referral;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

    /** Dates inside ledger summaries read as they do on screen, whatever the reader's locale. */
    private static final DateTimeFormatter SUMMARY_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** How the ledger records a referral's arrival: "Received 3 Sep 2026 from Self-referral (B1)". */
    public String receiptSummary() {
        return "Received " + SUMMARY_DATE.format(receivedDate) + " from " + source.label() + " (" + source.code() + ")";
    }
}
