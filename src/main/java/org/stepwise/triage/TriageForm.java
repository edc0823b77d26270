package org.stepwise.triage;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.stepwise.referral.EndingCode;
import org.stepwise.organisation.TriageMode;
import org.stepwise.shared.StaffId;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/**
 * The triage form as typed.
 *
 * @param allocation the chosen practitioner as "step:staff id", so one list offers both steps
 */
public record TriageForm(
        Integer version,
        String screeningOutcome,
        String appointmentDay,
        String appointmentMonth,
        String appointmentYear,
        String appointmentAttended,
        String outcome,
        String allocation,
        String waitingStep,
        String endCode,
        String reason,
        String overrideReason) {

    public static TriageForm empty(int version) {
        return new TriageForm(version, "", "", "", "", "", "", "", "", "", "", "");
    }

    /**
     * @param waiting  whether the referral is already on a waiting list
     * @param by       how the service triages: by appointment, the appointment's date is required
     * @param received when the referral arrived: an appointment cannot come before it
     */
    public Optional<TriageDecision> validate(boolean waiting, TriageMode by, LocalDate received, LocalDate today,
                                             FormErrors errors) {
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the referral again");
        }
        if (blank(screeningOutcome)) {
            errors.add("screeningOutcome", by == TriageMode.TRIAGE_APPOINTMENT
                    ? "Record the outcome of the triage appointment: what you found and why you decided as you did"
                    : "Record the outcome of screening: what you found and why you decided as you did");
        } else if (screeningOutcome.length() > 4000) {
            errors.add("screeningOutcome", "Outcome must be 4,000 characters or fewer");
        }
        LocalDate appointment = null;
        Boolean attended = null;
        if (by == TriageMode.TRIAGE_APPOINTMENT && !waiting) {
            attended = "yes".equals(appointmentAttended) ? Boolean.TRUE
                    : "no".equals(appointmentAttended) ? Boolean.FALSE : null;
            if (attended == null) {
                errors.add("appointmentAttended", "Select whether the person came to the triage appointment");
            }
            appointment = DateInput.read(appointmentDay, appointmentMonth, appointmentYear, "appointmentDay",
                    "Date of the triage appointment", errors);
            if (appointment != null && appointment.isAfter(today)) {
                errors.add("appointmentDay", "Date of the triage appointment must be today or in the past");
            } else if (appointment != null && appointment.isBefore(received)) {
                errors.add("appointmentDay", "Date of the triage appointment cannot be before the referral was received");
            }
        }
        TriageOutcome chosen = parseOutcome();
        if (chosen == null) {
            errors.add("outcome", "Select where this referral goes");
            return Optional.empty();
        }
        if (waiting && chosen == TriageOutcome.WAITING_LIST) {
            errors.add("outcome", "This person is already on a waiting list: allocate them or close the referral");
        }
        Integer step = null;
        StaffId practitioner = null;
        EndingCode ending = null;
        switch (chosen) {
            case ALLOCATE -> {
                String[] parts = allocation == null ? new String[0] : allocation.split(":", 2);
                try {
                    step = Integer.valueOf(parts[0]);
                    practitioner = new StaffId(UUID.fromString(parts[1]));
                } catch (RuntimeException e) {
                    errors.add("allocation", "Select the practitioner to allocate to");
                }
            }
            case WAITING_LIST -> {
                if ("2".equals(waitingStep) || "3".equals(waitingStep)) {
                    step = Integer.valueOf(waitingStep);
                } else {
                    errors.add("waitingStep", "Select which step's waiting list");
                }
            }
            case CLOSE -> {
                // Any known code: which fit depends on whether the person was seen, which the service checks.
                ending = EndingCode.ofCode(endCode == null ? "" : endCode).orElse(null);
                if (ending == null) {
                    errors.add("endCode", "Select why the referral is closed");
                }
                if (blank(reason)) {
                    errors.add("reason", "Say why the referral is closed, and where the person was signposted or referred");
                }
            }
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new TriageDecision(screeningOutcome.strip(), appointment, attended, chosen, step, practitioner,
                ending,
                blank(reason) ? null : reason.strip(), blank(overrideReason) ? null : overrideReason.strip()));
    }

    private TriageOutcome parseOutcome() {
        try {
            return outcome == null ? null : TriageOutcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
