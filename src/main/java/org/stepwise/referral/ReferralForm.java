package org.stepwise.referral;

import java.time.LocalDate;
import java.util.Optional;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** The referral form as typed, before it is trusted. */
public record ReferralForm(
        String receivedDay,
        String receivedMonth,
        String receivedYear,
        String source,
        String referrer,
        String presentingProblem,
        String problemDescriptor,
        Integer version) {

    public static ReferralForm startingToday(LocalDate today) {
        return new ReferralForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), "", "", "", "", null);
    }

    public static ReferralForm of(Referral r) {
        ReferralDetails d = r.details();
        return new ReferralForm(String.valueOf(d.receivedDate().getDayOfMonth()),
                String.valueOf(d.receivedDate().getMonthValue()), String.valueOf(d.receivedDate().getYear()),
                d.source().code(), d.referrer() == null ? "" : d.referrer(), d.presentingProblem(),
                d.problemDescriptor() == null ? "" : d.problemDescriptor(), r.version());
    }

    public Optional<ReferralDetails> validate(LocalDate today, FormErrors errors) {
        LocalDate received = DateInput.read(receivedDay, receivedMonth, receivedYear, "receivedDay",
                "Date received", errors);
        if (received != null && received.isAfter(today)) {
            errors.add("receivedDay", "Date received must be today or in the past");
        } else if (received != null && received.isBefore(today.minusYears(10))) {
            errors.add("receivedDay", "Date received must be within the last 10 years");
        }
        Optional<ReferralSource> src = ReferralSource.ofCode(source == null ? "" : source);
        if (src.isEmpty()) {
            errors.add("source", "Select where the referral came from");
        }
        if (referrer != null && referrer.strip().length() > 200) {
            errors.add("referrer", "Referrer must be 200 characters or fewer");
        }
        if (presentingProblem == null || presentingProblem.isBlank()) {
            errors.add("presentingProblem", "Describe the presenting problem, in the referrer's or the person's words");
        } else if (presentingProblem.length() > 4000) {
            errors.add("presentingProblem", "Presenting problem must be 4,000 characters or fewer");
        }
        String descriptor = problemDescriptor == null || problemDescriptor.isBlank() ? null : problemDescriptor.strip();
        if (descriptor != null && ProblemDescriptor.ofCode(descriptor).isEmpty()) {
            errors.add("problemDescriptor", "Select a problem descriptor from the list, or leave it for the assessment");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new ReferralDetails(received, src.get(),
                referrer == null || referrer.isBlank() ? null : referrer.strip(), presentingProblem.strip(), descriptor));
    }
}
