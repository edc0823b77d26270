package org.stepwise.patient;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.stepwise.shared.GpPracticeId;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/** The registration form as typed, before it is trusted. */
public record PatientForm(
        String nhsNumber,
        String givenName,
        String familyName,
        String dobDay,
        String dobMonth,
        String dobYear,
        String gender,
        String gpPractice,
        String address,
        String postcode,
        String phone,
        String email,
        String ethnicCategory,
        Integer version) {

    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +()-]{10,20}$");

    public static PatientForm empty() {
        return new PatientForm("", "", "", "", "", "", "X", "", "", "", "", "", "", null);
    }

    public static PatientForm of(Patient p) {
        LocalDate dob = p.dateOfBirth();
        return new PatientForm(p.nhsNumber().formatted(), p.givenName(), p.familyName(),
                String.valueOf(dob.getDayOfMonth()), String.valueOf(dob.getMonthValue()), String.valueOf(dob.getYear()),
                p.gender().code(), p.gpPracticeId().toString(), nz(p.address()), nz(p.postcode()), nz(p.phone()),
                nz(p.email()), p.ethnicCategory() == null ? "" : p.ethnicCategory().code(), p.version());
    }

    /** The validated details, or empty after recording each problem in {@code errors}. */
    public Optional<PatientDetails> validate(LocalDate today, FormErrors errors) {
        Optional<String> nhsProblem = NhsNumber.problemWith(nhsNumber);
        nhsProblem.ifPresent(problem -> errors.add("nhsNumber", problem));
        if (blank(givenName)) {
            errors.add("givenName", "Enter the patient's first name");
        } else if (givenName.strip().length() > 100) {
            errors.add("givenName", "First name must be 100 characters or fewer");
        }
        if (blank(familyName)) {
            errors.add("familyName", "Enter the patient's last name");
        } else if (familyName.strip().length() > 100) {
            errors.add("familyName", "Last name must be 100 characters or fewer");
        }
        LocalDate dob = DateInput.read(dobDay, dobMonth, dobYear, "dobDay", "Date of birth", errors);
        if (dob != null && dob.isAfter(today)) {
            errors.add("dobDay", "Date of birth must be today or in the past");
        } else if (dob != null && dob.isBefore(today.minusYears(120))) {
            errors.add("dobDay", "Date of birth must be within the last 120 years");
        }
        Gender g = null;
        try {
            g = Gender.ofCode(gender == null ? "" : gender);
        } catch (IllegalArgumentException e) {
            errors.add("gender", "Select the patient's gender, or 'Not known'");
        }
        EthnicCategory ethnic = null;
        try {
            ethnic = EthnicCategory.ofCode(ethnicCategory == null ? "" : ethnicCategory.strip());
        } catch (IllegalArgumentException e) {
            errors.add("ethnicCategory", "Select the patient's ethnic group from the list");
        }
        GpPracticeId practice = null;
        try {
            practice = GpPracticeId.parse(gpPractice);
        } catch (RuntimeException e) {
            errors.add("gpPractice", "Select the patient's GP practice");
        }
        String normalisedPostcode = blank(postcode) ? null : postcode.strip().toUpperCase(Locale.UK).replaceAll("\\s+", " ");
        if (normalisedPostcode != null && !POSTCODE.matcher(normalisedPostcode).matches()) {
            errors.add("postcode", "Enter a real postcode, like LS1 4AP");
        }
        if (!blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
            errors.add("phone", "Enter a telephone number, like 01632 960 001 or 07700 900 982");
        }
        if (!blank(email) && !EMAIL.matcher(email.strip()).matches()) {
            errors.add("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new PatientDetails(NhsNumber.parse(nhsNumber), givenName.strip(), familyName.strip(), dob, g,
                practice, trimToNull(address), normalisedPostcode, trimToNull(phone), trimToNull(email), ethnic));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
