package org.stepwise.contact;

import java.time.LocalDate;
import java.time.LocalTime;

/** One appointment in a practitioner's diary, with whom it is. */
public record DiaryEntry(Appointment appointment, String patientName, LocalDate date, LocalTime time) {
}
