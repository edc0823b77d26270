package org.stepwise.contact;

import java.time.LocalDate;

/** The part of an appointment that the derived dates and counts depend on. */
public record ContactFact(LocalDate date, AppointmentPurpose purpose, Attendance attendance) {

    public boolean attendedTreatment() {
        return attendance != null && attendance.attended() && purpose.treatment();
    }

    public boolean attendedAssessment() {
        return attendance != null && attendance.attended() && purpose.assessment();
    }
}
