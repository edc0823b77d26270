package org.stepwise.contact;

import java.time.Instant;
import org.stepwise.shared.StaffId;

/** A validated request to book an appointment. */
public record Booking(StaffId practitioner, Instant startsAt, int plannedMinutes, AppointmentPurpose purpose,
                      ConsultationMechanism mechanism) {
}
