package org.stepwise.dataset;

import java.time.LocalDate;
import java.util.UUID;

/** What the validation rules look at, one record at a time, as read for the month. */
final class Facts {

    private Facts() {
    }

    record Patient(UUID id, String nhsNumber, String gender, String postcode, String ethnicCategory, String name) {
    }

    /**
     * @param finishedCourse from the outcome stored at discharge; null while the referral is open
     * @param paired         likewise
     */
    record Referral(UUID id, UUID patientId, String status, String endCode, LocalDate endedOn,
                    LocalDate receivedOn, Boolean finishedCourse, Boolean paired, String name) {
    }

    /** @param day the contact's date in the service's zone */
    record Contact(UUID id, UUID patientId, LocalDate day, String purpose, String attendance,
                   LocalDate referralReceived, LocalDate referralEnded, String name) {
    }
}
