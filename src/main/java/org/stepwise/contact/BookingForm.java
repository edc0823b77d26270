package org.stepwise.contact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stepwise.shared.StaffId;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** The booking (or rebooking) form as typed. */
public record BookingForm(
        String dateDay,
        String dateMonth,
        String dateYear,
        String time,
        String minutes,
        String purpose,
        String mechanism,
        String practitioner,
        String cancelledBy,
        String reason,
        Integer version) {

    private static final Pattern TIME = Pattern.compile("^([01]?\\d|2[0-3])[:.]([0-5]\\d)$");

    public static BookingForm forPractitioner(StaffId practitioner, AppointmentPurpose purpose) {
        return new BookingForm("", "", "", "", "30", purpose.code(), ConsultationMechanism.TELEPHONE.code(),
                practitioner == null ? "" : practitioner.toString(), "", "", null);
    }

    public Optional<Booking> validate(ZoneId zone, FormErrors errors) {
        LocalDate date = DateInput.read(dateDay, dateMonth, dateYear, "dateDay", "Date of the appointment", errors);
        LocalTime at = null;
        Matcher m = TIME.matcher(time == null ? "" : time.strip());
        if (m.matches()) {
            at = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } else {
            errors.add("time", "Enter the time in 24-hour form, like 09:30 or 14:00");
        }
        int planned = 0;
        try {
            planned = Integer.parseInt(minutes == null ? "" : minutes.strip());
            if (planned < 5 || planned > 240) {
                errors.add("minutes", "Length must be between 5 and 240 minutes");
            }
        } catch (NumberFormatException e) {
            errors.add("minutes", "Enter the length in minutes, like 30");
        }
        Optional<AppointmentPurpose> p = AppointmentPurpose.ofCode(purpose == null ? "" : purpose);
        if (p.isEmpty()) {
            errors.add("purpose", "Select what the appointment is for");
        }
        Optional<ConsultationMechanism> mech = ConsultationMechanism.ofCode(mechanism == null ? "" : mechanism);
        if (mech.isEmpty()) {
            errors.add("mechanism", "Select how the appointment takes place");
        }
        StaffId who = null;
        try {
            who = new StaffId(UUID.fromString(practitioner));
        } catch (RuntimeException e) {
            errors.add("practitioner", "Select the practitioner");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new Booking(who, date.atTime(at).atZone(zone).toInstant(), planned, p.get(), mech.get()));
    }

    /** For a rebooking: who cancelled the original and why. */
    public Optional<Attendance> validateCancellation(FormErrors errors) {
        Optional<Attendance> by = Attendance.ofCode(cancelledBy == null ? "" : cancelledBy).filter(Attendance::cancellation);
        if (by.isEmpty()) {
            errors.add("cancelledBy", "Say whether the patient or the service asked to move the appointment");
        }
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "Give the reason for moving the appointment");
        }
        return by;
    }
}
