package org.stepwise.risk;

import java.time.LocalDate;
import org.stepwise.referral.Referral;
import org.stepwise.shared.DomainException;
import org.stepwise.web.FormErrors;

/** A date on the clinical record must have happened, and not before the referral it belongs to. */
final class ClinicalDates {

    private ClinicalDates() {
    }

    /** What is wrong with the date, or null if nothing is. */
    static String problem(LocalDate date, String what, Referral referral, LocalDate today) {
        if (date == null) {
            return "Enter the " + what;
        }
        if (date.isAfter(today)) {
            return "The " + what + " cannot be in the future";
        }
        if (date.isBefore(referral.details().receivedDate())) {
            return "The " + what + " cannot be before the referral was received";
        }
        return null;
    }

    static void check(LocalDate date, String what, Referral referral, LocalDate today) {
        String problem = problem(date, what, referral, today);
        if (problem != null) {
            throw new DomainException(problem);
        }
    }

    /** For forms: puts the problem, if any, beside the date's field. */
    static void check(LocalDate date, String what, Referral referral, LocalDate today, String field, FormErrors errors) {
        String problem = date == null ? null : problem(date, what, referral, today);
        if (problem != null) {
            errors.add(field, problem);
        }
    }
}
