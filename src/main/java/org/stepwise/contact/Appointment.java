package org.stepwise.contact;

import java.time.Instant;
import java.util.Objects;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * A booked appointment and, once it has happened, what happened. Its outcome is recorded once: a
 * booked appointment that moves is cancelled and rebooked, so the national data set sees both.
 */
public record Appointment(
        ServiceId serviceId,
        AppointmentId id,
        ReferralId referralId,
        StaffId practitionerId,
        Instant startsAt,
        int plannedMinutes,
        AppointmentPurpose purpose,
        ConsultationMechanism mechanism,
        Attendance attendance,
        Integer attendedMinutes,
        Intervention intervention,
        String cancellationReason,
        AppointmentId rebookedFrom,
        int version) {

    public Appointment {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(mechanism, "mechanism");
    }

    public boolean booked() {
        return attendance == null;
    }

    public boolean seen() {
        return attendance != null && attendance.attended();
    }

    /** What happened, checked against the appointment: who was seen, for how long, with which therapy. */
    public Appointment withOutcome(Attendance outcome, Integer minutes, Intervention delivered, Instant now) {
        requireBooked();
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.needsTheTimeToHavePassed() && startsAt.isAfter(now)) {
            throw new DomainException("This appointment has not happened yet: record \"" + outcome.label()
                    + "\" once its time has passed, or cancel it.");
        }
        if (outcome.attended()) {
            if (minutes == null || minutes < 1 || minutes > 480) {
                throw new DomainException("Enter how long the session lasted, in minutes (1 to 480)");
            }
            if (purpose.treatment() && delivered == null) {
                throw new DomainException("Select the intervention delivered at this treatment session");
            }
        } else if (minutes != null || delivered != null) {
            throw new DomainException("A duration and intervention are recorded only when the person was seen");
        }
        return new Appointment(serviceId, id, referralId, practitionerId, startsAt, plannedMinutes, purpose, mechanism,
                outcome, outcome.attended() ? minutes : null, outcome.attended() ? delivered : null, null, rebookedFrom,
                version);
    }

    /** Cancelled by the patient or the service, with the reason given. */
    public Appointment cancelled(Attendance by, String reason) {
        requireBooked();
        if (by == null || !by.cancellation()) {
            throw new DomainException("Say whether the patient or the service cancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("Give the reason for cancelling");
        }
        return new Appointment(serviceId, id, referralId, practitionerId, startsAt, plannedMinutes, purpose, mechanism,
                by, null, null, reason.strip(), rebookedFrom, version);
    }

    private void requireBooked() {
        if (!booked()) {
            throw new DomainException("The outcome of this appointment is already recorded as \"" + attendance.label()
                    + "\".");
        }
    }
}
