package org.stepwise.patient;

import java.time.LocalDate;
import org.stepwise.shared.GpPracticeId;

/** Validated details for registering or correcting a patient. */
public record PatientDetails(
        NhsNumber nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Gender gender,
        GpPracticeId gpPracticeId,
        String address,
        String postcode,
        String phone,
        String email,
        EthnicCategory ethnicCategory) {
}
