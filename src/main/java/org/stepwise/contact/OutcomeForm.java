package org.stepwise.contact;

import java.util.Optional;
import org.stepwise.web.FormErrors;

/** The outcome form as typed. */
public record OutcomeForm(String attendance, String minutes, String intervention, String note, Integer version) {

    public static OutcomeForm empty(Appointment a) {
        return new OutcomeForm("", String.valueOf(a.plannedMinutes()), "", "", a.version());
    }

    public Optional<Outcome> validate(Appointment appointment, FormErrors errors) {
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the appointment again");
        }
        Optional<Attendance> att = Attendance.ofCode(attendance == null ? "" : attendance);
        if (att.isEmpty()) {
            errors.add("attendance", "Select what happened");
            return Optional.empty();
        }
        Integer mins = null;
        Intervention delivered = null;
        if (att.get().attended()) {
            try {
                mins = Integer.valueOf(minutes == null ? "" : minutes.strip());
                if (mins < 1 || mins > 480) {
                    errors.add("minutes", "Length must be between 1 and 480 minutes");
                }
            } catch (NumberFormatException e) {
                errors.add("minutes", "Enter how long the session lasted, in minutes");
            }
            delivered = Intervention.ofSnomed(intervention == null ? "" : intervention).orElse(null);
            if (delivered == null && appointment.purpose().treatment()) {
                errors.add("intervention", "Select the intervention delivered");
            }
            if (note == null || note.isBlank()) {
                errors.add("note", "Write the session note: what was done, and the plan until next time");
            }
        }
        if (note != null && note.length() > 20000) {
            errors.add("note", "The note must be 20,000 characters or fewer");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(att.get(), mins, delivered, note));
    }
}
