package org.stepwise.demo;

import java.time.Instant;
import java.util.UUID;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Intervention;

/**
 * One appointment as it will be written: booked, and for most what happened at it.
 *
 * @param rebooking   booked in place of the appointment just before it, which was cancelled
 * @param attendance  null while it is still to come
 * @param recordedAt  when the outcome was recorded (and, if the person was seen, the note signed)
 */
record Visit(Practitioner practitioner, Instant startsAt, int plannedMinutes, AppointmentPurpose purpose,
             ConsultationMechanism mechanism, Attendance attendance, Integer attendedMinutes,
             Intervention intervention, String cancellationReason, boolean rebooking, Instant bookedAt, UUID bookedBy,
             Instant recordedAt, UUID recordedBy) {

    boolean seen() {
        return attendance != null && attendance.attended();
    }

    int step() {
        return practitioner.step();
    }
}
