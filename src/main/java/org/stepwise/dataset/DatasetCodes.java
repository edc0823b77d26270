package org.stepwise.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Intervention;
import org.stepwise.measures.InstrumentCatalogue;
import org.stepwise.patient.Gender;
import org.stepwise.patient.NhsNumber;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.ProblemDescriptor;
import org.stepwise.referral.ReferralSource;

/**
 * What Stepwise stores, as the national data set's fields hold it. A stored value that is not on the national code
 * list is written as an empty field rather than passed through: an invalid code in a submission is rejected, and the
 * validation report names the record so it can be put right at source.
 */
final class DatasetCodes {

    /** NHS NUMBER STATUS INDICATOR CODE (NHS Data Dictionary): present but not traced against the spine. */
    static final String NHS_NUMBER_PRESENT_NOT_TRACED = "02";
    /** NHS NUMBER STATUS INDICATOR CODE: trace required, for a number that fails its check digit. */
    static final String NHS_NUMBER_TRACE_REQUIRED = "03";
    /** Every Stepwise contact is booked before it happens. */
    static final String PLANNED = "Y";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Map<String, String> ASSESSMENT_TOOLS = assessmentTools(InstrumentCatalogue.standard());

    private DatasetCodes() {
    }

    /** The NHS number and its status code: a number failing the modulus 11 check is not sent. */
    static List<String> nhsNumber(String stored) {
        if (stored != null && NhsNumber.problemWith(stored).isEmpty()) {
            return List.of(NhsNumber.parse(stored).digits(), NHS_NUMBER_PRESENT_NOT_TRACED);
        }
        return List.of("", NHS_NUMBER_TRACE_REQUIRED);
    }

    static String gender(String stored) {
        return Arrays.stream(Gender.values()).map(Gender::code).filter(c -> c.equals(stored)).findFirst().orElse("");
    }

    static String sourceOfReferral(String stored) {
        return ReferralSource.ofCode(stored).map(ReferralSource::code).orElse("");
    }

    /**
     * The ending code and discharge date as they stood at the end of the month: a referral that ended later was
     * still open then.
     */
    static List<String> ending(String endCode, LocalDate endedOn, ReportingMonth month) {
        if (endedOn == null || endedOn.isAfter(month.lastDay())) {
            return List.of("", "");
        }
        return List.of(date(endedOn), EndingCode.ofCode(endCode).map(EndingCode::code).orElse(""));
    }

    static String appointmentType(String purpose) {
        return AppointmentPurpose.ofCode(purpose).map(AppointmentPurpose::code).orElse("");
    }

    static String attendance(String stored) {
        return Attendance.ofCode(stored).map(Attendance::code).orElse("");
    }

    static boolean attended(String stored) {
        return Attendance.ofCode(stored).map(Attendance::attended).orElse(false);
    }

    static String consultationMechanism(String stored) {
        return ConsultationMechanism.ofCode(stored).map(ConsultationMechanism::code).orElse("");
    }

    static String therapy(String snomed) {
        return Intervention.ofSnomed(snomed == null ? "" : snomed).map(Intervention::snomed).orElse("");
    }

    static String presentingComplaint(String stored) {
        return ProblemDescriptor.ofCode(stored).map(ProblemDescriptor::code).orElse("");
    }

    /** CodedAssToolType: the SNOMED CT code of the questionnaire's total score, where one has been confirmed. */
    static Optional<String> assessmentTool(String instrument) {
        return instrument == null ? Optional.empty() : Optional.ofNullable(ASSESSMENT_TOOLS.get(instrument));
    }

    /** The stored instrument names whose totals have a confirmed SNOMED CT code: only these can be submitted. */
    static List<String> codedInstruments() {
        return ASSESSMENT_TOOLS.keySet().stream().sorted().toList();
    }

    /** PersScore: the total as written, "12" rather than "12.00", "4.5" where a mean score has a fraction. */
    static String score(BigDecimal total) {
        if (total == null) {
            return "";
        }
        BigDecimal plain = total.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    static String time(LocalDateTime local) {
        return local == null ? "" : TIME.format(local);
    }

    static String minutes(Integer minutes) {
        return minutes == null ? "" : minutes.toString();
    }

    private static Map<String, String> assessmentTools(InstrumentCatalogue catalogue) {
        return catalogue.all().stream()
                .filter(d -> d.codes() != null && d.codes().snomedTotal() != null)
                .collect(Collectors.toUnmodifiableMap(d -> d.code().name(), d -> d.codes().snomedTotal()));
    }
}
