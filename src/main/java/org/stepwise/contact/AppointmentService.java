package org.stepwise.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/** Books, moves and cancels appointments, and records what happened at them with a signed note. */
@Service
public class AppointmentService {

    private final AppointmentRepository appointments;
    private final SessionNotes notes;
    private final ReferralService referrals;
    private final StaffDirectory staff;
    private final CaseAccess access;
    private final Clock clock;

    AppointmentService(AppointmentRepository appointments, SessionNotes notes, ReferralService referrals,
                       StaffDirectory staff, CaseAccess access, Clock clock) {
        this.access = access;
        this.appointments = appointments;
        this.notes = notes;
        this.referrals = referrals;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    public AppointmentId book(ServiceId service, ReferralId referralId, Booking booking, StaffId by) {
        return book(service, referrals.get(service, referralId), booking, null, by);
    }

    /** Moves a booked appointment: the old one is kept as cancelled, and the new one points back at it. */
    @Transactional
    public AppointmentId rebook(ServiceId service, AppointmentId id, int expectedVersion, Attendance cancelledBy,
                                String reason, Instant newStart, StaffId by) {
        Appointment old = current(service, id, expectedVersion);
        appointments.saveOutcome(old.cancelled(cancelledBy, reason), expectedVersion, by, clock.instant());
        Booking booking = new Booking(old.practitionerId(), newStart, old.plannedMinutes(), old.purpose(),
                old.mechanism());
        return book(service, referrals.get(service, old.referralId()), booking, id, by);
    }

    @Transactional
    public void cancel(ServiceId service, AppointmentId id, int expectedVersion, Attendance cancelledBy, String reason,
                       StaffId by) {
        Appointment appointment = current(service, id, expectedVersion);
        appointments.saveOutcome(appointment.cancelled(cancelledBy, reason), expectedVersion, by, clock.instant());
    }

    /**
     * Records the outcome and signs the session note. The first attended treatment session of an allocated
     * referral starts its treatment, in the same transaction.
     */
    @Transactional
    public void recordOutcome(ServiceId service, AppointmentId id, int expectedVersion, Outcome outcome, StaffId by) {
        Appointment appointment = current(service, id, expectedVersion);
        access.guardReferral(service, appointment.referralId(), Need.CLINICAL);
        Instant now = clock.instant();
        Appointment done = appointment.withOutcome(outcome.attendance(), outcome.minutes(), outcome.intervention(), now);
        boolean hasNote = outcome.note() != null && !outcome.note().isBlank();
        if (done.seen() && !hasNote) {
            throw new DomainException("Write the session note: what was done, and the plan until next time");
        }
        appointments.saveOutcome(done, expectedVersion, by, now);
        if (hasNote) {
            notes.sign(done, outcome.note().strip(), by, now);
        }
        Referral referral = referrals.get(service, done.referralId());
        if (done.seen() && done.purpose().treatment() && referral.status() == ReferralStatus.ALLOCATED) {
            referrals.startTreatment(service, referral.id(), referral.version(), by);
        }
    }

    /** When a referral ends, anything still booked is cancelled by the service, so nobody waits for a call. */
    @Transactional
    public int cancelBookedOnEnding(ServiceId service, ReferralId referral, StaffId by) {
        List<Appointment> booked = forReferral(service, referral).stream()
                .filter(a -> a.booked() && a.purpose() != AppointmentPurpose.FOLLOW_UP).toList();
        for (Appointment a : booked) {
            appointments.saveOutcome(a.cancelled(Attendance.CANCELLED_BY_PROVIDER, "The referral ended"), a.version(), by,
                    clock.instant());
        }
        return booked.size();
    }

    /** Adds to a signed note; the note itself never changes. */
    @Transactional
    public void addAddendum(ServiceId service, AppointmentId id, String body, String reason, StaffId by) {
        access.guardReferral(service, get(service, id).referralId(), Need.CLINICAL);
        var noteId = notes.noteIdFor(service, id)
                .orElseThrow(() -> new DomainException("There is no signed note on this appointment to add to"));
        if (body == null || body.isBlank() || reason == null || reason.isBlank()) {
            throw new DomainException("Write the addendum and the reason for it");
        }
        notes.addAddendum(service, noteId, body.strip(), reason.strip(), by, clock.instant());
    }

    @Transactional(readOnly = true)
    public Appointment get(ServiceId service, AppointmentId id) {
        Appointment appointment = appointments.find(service, id)
                .orElseThrow(() -> new NotFoundException("No such appointment"));
        access.guardReferral(service, appointment.referralId(), Need.DEMOGRAPHICS);
        return appointment;
    }

    @Transactional(readOnly = true)
    public List<Appointment> forReferral(ServiceId service, ReferralId referral) {
        return appointments.forReferral(service, referral);
    }

    @Transactional(readOnly = true)
    public TreatmentCourse course(ServiceId service, ReferralId referral) {
        return course(forReferral(service, referral));
    }

    /** The course a referral's appointments add up to, for a page that has already read them. */
    public TreatmentCourse course(List<Appointment> referralsAppointments) {
        return TreatmentCourse.of(referralsAppointments.stream()
                .map(a -> new ContactFact(LocalDate.ofInstant(a.startsAt(), clock.getZone()), a.purpose(), a.attendance()))
                .toList());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<SessionNote> note(ServiceId service, AppointmentId id) {
        access.guardReferral(service, get(service, id).referralId(), Need.CLINICAL);
        return notes.forAppointment(service, id);
    }

    private AppointmentId book(ServiceId service, Referral referral, Booking booking, AppointmentId rebookedFrom,
                               StaffId by) {
        boolean followUp = booking.purpose() == AppointmentPurpose.FOLLOW_UP;
        if (!referral.status().isOpen() && !followUp) {
            throw new DomainException("This referral has ended: only a follow-up appointment can be booked");
        }
        if (followUp && referral.status() != ReferralStatus.DISCHARGED) {
            throw new DomainException("A follow-up appointment comes after discharge; choose another purpose");
        }
        LocalDate day = LocalDate.ofInstant(booking.startsAt(), clock.getZone());
        if (day.isBefore(referral.details().receivedDate())) {
            throw new DomainException("The appointment cannot be before the referral was received");
        }
        Staff practitioner = staff.get(service, booking.practitioner());
        if (!practitioner.enabled() || !(practitioner.treatsAtStep(2) || practitioner.treatsAtStep(3))) {
            throw new DomainException(practitioner.fullName() + " does not see patients: choose a practitioner");
        }
        Appointment appointment = new Appointment(service, AppointmentId.random(), referral.id(), practitioner.id(),
                booking.startsAt(), booking.plannedMinutes(), booking.purpose(), booking.mechanism(), null, null, null,
                null, rebookedFrom, 0);
        appointments.insert(appointment, by, clock.instant());
        return appointment.id();
    }

    private Appointment current(ServiceId service, AppointmentId id, int expectedVersion) {
        Appointment appointment = get(service, id);
        if (appointment.version() != expectedVersion) {
            throw new ConcurrentEditException("appointment");
        }
        return appointment;
    }
}
