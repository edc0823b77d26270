package org.stepwise.triage;

import java.util.Optional;
import java.util.UUID;
import org.stepwise.web.FormErrors;

/**
 * The step change form as typed.
 *
 * @param destination "waiting" for the new step's waiting list, or a practitioner's id
 */
public record StepForm(Integer version, String destination, String reason, String overrideReason) {

    /** A validated step change: a practitioner, or null for the waiting list. */
    public record Choice(UUID practitioner, String reason, String overrideReason) {
    }

    public Optional<Choice> validate(FormErrors errors) {
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the referral again");
        }
        UUID practitioner = null;
        if (destination == null || destination.isBlank()) {
            errors.add("destination", "Choose a practitioner at the new step, or its waiting list");
        } else if (!destination.equals("waiting")) {
            try {
                practitioner = UUID.fromString(destination);
            } catch (IllegalArgumentException e) {
                errors.add("destination", "Choose a practitioner at the new step, or its waiting list");
            }
        }
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "Say why the step is changing: for example risk, complexity or lack of progress");
        } else if (reason.length() > 2000) {
            errors.add("reason", "The reason must be 2,000 characters or fewer");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new Choice(practitioner, reason.strip(),
                overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip()));
    }
}
