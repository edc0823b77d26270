package org.stepwise.patient;

import java.time.LocalDate;
import java.time.Period;
import org.stepwise.shared.GpPracticeId;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ServiceId;

/** A person known to the service. */
public record Patient(
        ServiceId serviceId,
        PatientId id,
        NhsNumber nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Gender gender,
        GpPracticeId gpPracticeId,
        String gpPracticeName,
        String address,
        String postcode,
        String phone,
        String email,
        EthnicCategory ethnicCategory,
        int version) {

    /** Surname first, as clinical lists show names. */
    public String listName() {
        return familyName.toUpperCase(java.util.Locale.UK) + ", " + givenName;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
