package org.stepwise.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.Attendance;
import org.stepwise.patient.NhsNumber;
import org.stepwise.referral.EndingCode;

/**
 * The checks a month's records must pass before submission, one record at a time. Plain Java: the queries that feed
 * them live in {@link DatasetValidation}.
 */
final class ValidationRules {

    /**
     * A UK postcode: an outward code of one or two letters, a digit and an optional letter or digit, then an inward
     * code of a digit and two letters (the format ONS publishes in its postcode directory). The single space between
     * the halves may be missing.
     */
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ValidationRules() {
    }

    static List<Finding> check(Facts.Patient p) {
        List<Finding> found = new ArrayList<>();
        Optional<String> nhs = NhsNumber.problemWith(p.nhsNumber());
        if (nhs.isPresent()) {
            found.add(new Finding(Problem.NHS_NUMBER_INVALID, p.id(), p.id(), p.name(), nhsDetail(p.nhsNumber())));
        }
        if (p.gender() == null || !p.gender().matches("[129]")) {
            found.add(new Finding(Problem.GENDER_NOT_KNOWN, p.id(), p.id(), p.name(), "Recorded as not known"));
        }
        if (p.ethnicCategory() == null || p.ethnicCategory().isBlank()) {
            found.add(new Finding(Problem.ETHNIC_CATEGORY_MISSING, p.id(), p.id(), p.name(), "Not yet asked"));
        }
        String postcode = p.postcode() == null ? "" : p.postcode().strip().toUpperCase(Locale.UK);
        if (postcode.isEmpty()) {
            found.add(new Finding(Problem.POSTCODE_MISSING, p.id(), p.id(), p.name(), "No postcode recorded"));
        } else if (!validPostcode(postcode)) {
            found.add(new Finding(Problem.POSTCODE_INVALID, p.id(), p.id(), p.name(),
                    "Recorded as \u201c" + postcode + "\u201d"));
        }
        return found;
    }

    static List<Finding> check(Facts.Referral r, ReportingMonth month) {
        List<Finding> found = new ArrayList<>();
        boolean ended = "DISCHARGED".equals(r.status()) || "CLOSED".equals(r.status()) || r.endedOn() != null;
        if (ended && EndingCode.ofCode(r.endCode()).isEmpty()) {
            found.add(new Finding(Problem.ENDING_CODE_MISSING, r.id(), r.patientId(), r.name(),
                    r.endCode() == null ? "No ending code" : "Ending code " + r.endCode() + " is not on the v2 list"));
        }
        if (ended && r.endedOn() == null) {
            found.add(new Finding(Problem.DISCHARGE_DATE_MISSING, r.id(), r.patientId(), r.name(),
                    "Referral received " + day(r.receivedOn())));
        }
        if (month.contains(r.endedOn()) && Boolean.TRUE.equals(r.finishedCourse()) && !Boolean.TRUE.equals(r.paired())) {
            found.add(new Finding(Problem.UNPAIRED_SCORES, r.id(), r.patientId(), r.name(),
                    "Ended " + day(r.endedOn()) + " after two or more treatment sessions"));
        }
        return found;
    }

    /**
     * Cancelled appointments are left out of the date checks: they record that no care was given, and discharge
     * itself cancels whatever was still booked after it.
     */
    static List<Finding> check(Facts.Contact c) {
        List<Finding> found = new ArrayList<>();
        Optional<Attendance> attendance = Attendance.ofCode(c.attendance());
        if (attendance.isEmpty()) {
            found.add(new Finding(Problem.ATTENDANCE_MISSING, c.id(), c.patientId(), c.name(),
                    "Appointment on " + day(c.day())));
        }
        boolean cancelled = attendance.map(Attendance::cancellation).orElse(false);
        if (cancelled) {
            return found;
        }
        if (c.referralReceived() != null && c.day().isBefore(c.referralReceived())) {
            found.add(new Finding(Problem.CONTACT_BEFORE_REFERRAL, c.id(), c.patientId(), c.name(),
                    "Contact on " + day(c.day()) + ", referral received " + day(c.referralReceived())));
        }
        boolean followUp = AppointmentPurpose.FOLLOW_UP.code().equals(c.purpose());
        if (c.referralEnded() != null && c.day().isAfter(c.referralEnded()) && !followUp) {
            found.add(new Finding(Problem.CONTACT_AFTER_DISCHARGE, c.id(), c.patientId(), c.name(),
                    "Contact on " + day(c.day()) + ", referral ended " + day(c.referralEnded())));
        }
        return found;
    }

    static boolean validPostcode(String postcode) {
        return POSTCODE.matcher(postcode.strip().toUpperCase(Locale.UK)).matches();
    }

    private static String nhsDetail(String stored) {
        String digits = stored == null ? "" : stored.replaceAll("\\s", "");
        if (!digits.matches("[0-9]{10}")) {
            return "Not ten digits";
        }
        return "Check digit does not match, or the number can never have been issued";
    }

    private static String day(LocalDate date) {
        return date == null ? "an unknown date" : DAY.format(date);
    }
}
