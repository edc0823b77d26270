package org.stepwise.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.Attendance;

/**
 * Appointments entered in a stretch of care's diary as the contact pages enter them: booked after the
 * last thing recorded, then attended, missed, cancelled or still to come, each outcome recorded by
 * whoever would record it.
 */
final class DiaryEntries {

    private final Dice dice;
    private final Habits habits;
    private final CareRecord.Episode episode;
    private final Slots slots;
    private final UUID admin;
    private final List<Visit> visits;
    private Instant lastRecorded;

    DiaryEntries(Dice dice, Habits habits, CareRecord.Episode episode, Slots slots, UUID admin, List<Visit> visits) {
        this.dice = dice;
        this.habits = habits;
        this.episode = episode;
        this.slots = slots;
        this.admin = admin;
        this.visits = visits;
        this.lastRecorded = episode.allocatedAt;
    }

    void seen(Instant start, AppointmentPurpose purpose, int planned, boolean rebooking) {
        boolean late = dice.chance(0.04);
        int minutes = late ? planned - dice.between(10, 20) : planned - dice.between(-3, 8);
        seen(start, purpose, planned, minutes, late ? Attendance.ATTENDED_LATE : Attendance.ATTENDED, rebooking,
                slots.recorded(start.plus(Duration.ofMinutes(minutes + (long) dice.between(2, 45)))));
    }

    /** Seen for {@code minutes}, the outcome recorded at {@code recordedAt}. */
    void seen(Instant start, AppointmentPurpose purpose, int planned, int minutes, Attendance attendance,
              boolean rebooking, Instant recordedAt) {
        add(start, planned, purpose, attendance, minutes, null, rebooking, null, recordedAt);
    }

    void missed(Instant start, AppointmentPurpose purpose, int planned, boolean rebooking) {
        add(start, planned, purpose, Attendance.DID_NOT_ATTEND, null, null, rebooking, null,
                slots.recorded(start.plus(Duration.ofMinutes(dice.between(15, 45)))));
    }

    void lateNotSeen(Instant start, AppointmentPurpose purpose, int planned) {
        add(start, planned, purpose, Attendance.LATE_NOT_SEEN, null, null, false, null,
                slots.recorded(start.plus(Duration.ofMinutes(dice.between(20, 40)))));
    }

    /** Cancelled a few hours to two days ahead, by the person or by the service. */
    void cancelled(Instant start, AppointmentPurpose purpose, int planned, boolean byPatient, String reason) {
        Instant booked = booking(start);
        add(start, planned, purpose, byPatient ? Attendance.CANCELLED_BY_PATIENT : Attendance.CANCELLED_BY_PROVIDER,
                null, reason, false, booked, slots.cancelledBefore(start, booked));
    }

    /** Booked and still to come; a rebooking always is, other bookings usually. */
    void ahead(Instant start, AppointmentPurpose purpose, int planned, boolean rebooking) {
        if (rebooking || dice.chance(0.85)) {
            add(start, planned, purpose, null, null, null, rebooking, null, null);
        }
    }

    Instant lastStart() {
        return visits.isEmpty() ? null : visits.get(visits.size() - 1).startsAt();
    }

    /** @param bookedAt when it was booked, or null for just after the last outcome recorded */
    private void add(Instant start, int planned, AppointmentPurpose purpose, Attendance attendance, Integer minutes,
                     String cancellation, boolean rebooking, Instant bookedAt, Instant recordedAt) {
        Practitioner by = episode.holderAt(start);
        Instant booked = bookedAt != null ? bookedAt
                : attendance == null ? slots.notAfterNow(booking(start)) : booking(start);
        UUID booker = dice.chance(0.2) ? admin : by.id();
        if (rebooking) {
            // Rebooking cancels the old appointment and books the new one in the same moment, by the same person.
            Visit cancelled = visits.get(visits.size() - 1);
            booked = cancelled.recordedAt();
            booker = cancelled.recordedBy();
        }
        UUID recorder = attendance == Attendance.CANCELLED_BY_PATIENT && dice.chance(0.5) ? admin : by.id();
        boolean seen = attendance != null && attendance.attended();
        visits.add(new Visit(by, start, planned, purpose, habits.mode(episode.step, dice), attendance,
                seen ? minutes : null, seen && purpose.treatment() ? habits.therapy(episode.step) : null, cancellation,
                rebooking, booked, booker, recordedAt, attendance == null ? null : recorder));
        if (recordedAt != null) {
            lastRecorded = recordedAt;
        }
    }

    /** Booked when the last outcome was recorded, or once the current practitioner took the case on. */
    private Instant booking(Instant start) {
        Instant since = episode.holderSince(start);
        return slots.bookedBefore(start, lastRecorded.isAfter(since) ? lastRecorded : since);
    }
}
