package org.stepwise.discharge;

import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.organisation.Services;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/**
 * Ends a referral with the national ending code that fits its history, cancels what was still booked,
 * and stores the outcome — one transaction.
 */
@Service
public class DischargeService {

    private final ReferralService referrals;
    private final AppointmentService appointments;
    private final StaffDirectory staff;
    private final Services services;
    private final OutcomeRecorder outcomes;

    DischargeService(ReferralService referrals, AppointmentService appointments, StaffDirectory staff, Services services,
                     OutcomeRecorder outcomes) {
        this.referrals = referrals;
        this.appointments = appointments;
        this.staff = staff;
        this.services = services;
        this.outcomes = outcomes;
    }

    /** The treating practitioner, their supervisor, the service lead, and (before treatment) allocators. */
    @Transactional(readOnly = true)
    public boolean mayEnd(ServiceId service, Referral referral, StaffId me, Set<Role> roles) {
        if (!referral.status().isOpen()) {
            return false;
        }
        if (roles.contains(Role.SERVICE_LEAD) || me.equals(referral.practitionerId())) {
            return true;
        }
        if (referral.status() != ReferralStatus.IN_TREATMENT && services.settings(service).mayAllocate(roles)) {
            return true;
        }
        return referral.practitionerId() != null
                && me.equals(staff.get(service, referral.practitionerId()).supervisorId());
    }

    @Transactional
    public void end(ServiceId service, ReferralId id, int expectedVersion, EndingCode code, String reason, StaffId by,
                    Set<Role> roles) {
        Referral referral = referrals.get(service, id);
        if (!mayEnd(service, referral, by, roles)) {
            throw new AccessDeniedException("Only the person's practitioner, their supervisor or the service lead can "
                    + "discharge them.");
        }
        TreatmentCourse course = appointments.course(service, id);
        if (!EndingCodes.fits(code, course)) {
            throw new DomainException("Ending code " + code.code() + " (" + code.label() + ") does not fit this referral: "
                    + describe(course) + ". Choose one of the codes offered.");
        }
        if (EndingCodes.endsAsDischarge(referral.status(), course)) {
            referrals.discharge(service, id, expectedVersion, code, reason, by);
        } else {
            referrals.close(service, id, expectedVersion, code, reason, by);
        }
        appointments.cancelBookedOnEnding(service, id, by);
        outcomes.record(service, referrals.get(service, id), course);
    }

    static String describe(TreatmentCourse course) {
        if (course.enteredTreatment()) {
            return "the person attended " + course.treatmentCount() + " treatment session"
                    + (course.treatmentCount() == 1 ? "" : "s");
        }
        return course.seen() ? "the person was seen but had no treatment session" : "the person was never seen";
    }
}
