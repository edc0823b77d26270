package org.stepwise.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.organisation.ServiceSettings;
import org.stepwise.organisation.Services;
import org.stepwise.patient.Patient;
import org.stepwise.patient.Patients;
import org.stepwise.responsibility.ClinicalAssignment;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;

/**
 * Receives referrals and moves them through their states. Each operation is one transaction
 * that saves the referral, its transition and the responsibility it changes together.
 */
@Service
public class ReferralService {

    private final ReferralRepository referrals;
    private final Patients patients;
    private final Services services;
    private final ResponsibilityLedger ledger;
    private final CaseAccess access;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, Patients patients, Services services, ResponsibilityLedger ledger,
                    CaseAccess access, Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.patients = patients;
        this.services = services;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public ReferralId receive(ServiceId service, PatientId patientId, ReferralDetails details, StaffId by) {
        if (details.receivedDate().isAfter(LocalDate.now(clock))) {
            throw new DomainException("The date the referral was received cannot be in the future");
        }
        Patient patient = patients.get(service, patientId);
        ServiceSettings settings = services.settings(service);
        if (settings.unallocatedResponsible() == null) {
            throw new DomainException("Nobody is named to hold clinical responsibility for unallocated referrals. "
                    + "A service lead must choose someone in the service settings before referrals can be received.");
        }
        Instant now = clock.instant();
        Referral referral = Referral.received(service, patientId, details);
        referrals.insert(referral, by, now);
        referrals.recordTransition(referral, "RECEIVE", null, null, by, now);
        ledger.assignMedical(service, referral.id(), patient.gpPracticeId(), "Registered GP practice", by, now);
        ledger.assignClinical(service, referral.id(), settings.unallocatedResponsible(), null,
                "Unallocated referral: held by the service's named clinician until allocation", by, now);
        ledger.record(service, referral.id(), DecisionKind.REFERRAL_ACCEPTED,
                details.receiptSummary(), by, now);
        return referral.id();
    }

    @Transactional(readOnly = true)
    public Referral get(ServiceId service, ReferralId id) {
        access.guardReferral(service, id, Need.DEMOGRAPHICS);
        return referrals.find(service, id).orElseThrow(() -> new NotFoundException("No such referral"));
    }

    @Transactional
    public void correctDetails(ServiceId service, ReferralId id, ReferralDetails details, int expectedVersion,
                               StaffId by) {
        Referral current = current(service, id, expectedVersion);
        if (details.receivedDate().isAfter(LocalDate.now(clock))) {
            throw new DomainException("The date the referral was received cannot be in the future");
        }
        Referral corrected = current.corrected(details);
        referrals.update(corrected, expectedVersion, by, clock.instant());
    }

    /** Allocates to a practitioner at a step, handing clinical responsibility to them (or a trainee's supervisor). */
    @Transactional
    public void allocate(ServiceId service, ReferralId id, int expectedVersion, int step, Staff practitioner,
                         String reason, StaffId by) {
        requireTreatsAtStep(practitioner, step);
        Referral referral = current(service, id, expectedVersion);
        ReferralStatus from = referral.status();
        referral.allocate(step, practitioner.id());
        Instant now = clock.instant();
        ClinicalAssignment assignment = ClinicalAssignment.forPractitioner(practitioner);
        referrals.update(referral, expectedVersion, by, now);
        referrals.recordTransition(referral, Transition.ALLOCATE.name(), from, reason, by, now);
        ledger.assignClinical(service, id, assignment.clinical(), assignment.treating(),
                "Allocated to step " + step, by, now);
        ledger.record(service, id, DecisionKind.ALLOCATION, "Allocated to " + practitioner.fullName()
                + " at step " + step + (assignment.delegated() ? " (trainee; supervisor holds clinical responsibility)" : "")
                + (reason == null || reason.isBlank() ? "" : ": " + reason), by, now);
    }

    @Transactional
    public void reallocate(ServiceId service, ReferralId id, int expectedVersion, Staff practitioner, String reason,
                           StaffId by) {
        Referral referral = current(service, id, expectedVersion);
        requireTreatsAtStep(practitioner, referral.step() == null ? 0 : referral.step());
        ReferralStatus from = referral.status();
        referral.reallocate(practitioner.id());
        Instant now = clock.instant();
        ClinicalAssignment assignment = ClinicalAssignment.forPractitioner(practitioner);
        referrals.update(referral, expectedVersion, by, now);
        referrals.recordTransition(referral, Transition.REALLOCATE.name(), from, reason, by, now);
        ledger.assignClinical(service, id, assignment.clinical(), assignment.treating(), "Re-allocated: " + reason,
                by, now);
        ledger.record(service, id, DecisionKind.REALLOCATION, "Re-allocated to " + practitioner.fullName() + ": " + reason,
                by, now);
    }

    @Transactional
    public void placeOnWaitingList(ServiceId service, ReferralId id, int expectedVersion, int step, String reason,
                                   StaffId by) {
        Referral referral = current(service, id, expectedVersion);
        ReferralStatus from = referral.status();
        referral.placeOnWaitingList(step, LocalDate.now(clock));
        Instant now = clock.instant();
        referrals.update(referral, expectedVersion, by, now);
        referrals.recordTransition(referral, Transition.PLACE_ON_WAITING_LIST.name(), from, reason, by, now);
        ledger.record(service, id, DecisionKind.WAITING_LIST, "Placed on the step " + step + " waiting list"
                + (reason == null || reason.isBlank() ? "" : ": " + reason), by, now);
    }

    /**
     * Steps the person up or down: to a practitioner at the new step, or (practitioner null) onto that
     * step's waiting list, where the service's named clinician holds clinical responsibility until allocation.
     */
    @Transactional
    public void changeStep(ServiceId service, ReferralId id, int expectedVersion, int newStep, Staff practitioner,
                           String reason, StaffId by) {
        Referral referral = current(service, id, expectedVersion);
        ReferralStatus from = referral.status();
        int oldStep = referral.step();
        Instant now = clock.instant();
        String direction = newStep > oldStep ? "Stepped up" : "Stepped down";
        if (practitioner == null) {
            referral.stepToWaitingList(newStep, LocalDate.now(clock));
            referrals.update(referral, expectedVersion, by, now);
            referrals.recordTransition(referral, Transition.STEP_TO_WAITING_LIST.name(), from, reason, by, now);
            ledger.assignClinical(service, id, unallocatedHolder(service), null,
                    direction + " to the step " + newStep + " waiting list", by, now);
            ledger.record(service, id, DecisionKind.STEP_CHANGE, direction + " from step " + oldStep + " to step " + newStep
                    + ", onto the waiting list: " + reason, by, now);
            return;
        }
        requireTreatsAtStep(practitioner, newStep);
        referral.stepTo(newStep, practitioner.id());
        ClinicalAssignment assignment = ClinicalAssignment.forPractitioner(practitioner);
        referrals.update(referral, expectedVersion, by, now);
        referrals.recordTransition(referral, Transition.STEP_TO_PRACTITIONER.name(), from, reason, by, now);
        ledger.assignClinical(service, id, assignment.clinical(), assignment.treating(),
                direction + " to step " + newStep, by, now);
        ledger.record(service, id, DecisionKind.STEP_CHANGE, direction + " from step " + oldStep + " to step " + newStep
                + ", to " + practitioner.fullName() + ": " + reason, by, now);
    }

    private StaffId unallocatedHolder(ServiceId service) {
        StaffId holder = services.settings(service).unallocatedResponsible();
        if (holder == null) {
            throw new DomainException("Nobody is named to hold clinical responsibility for people on waiting lists. "
                    + "A service lead must choose someone in the service settings.");
        }
        return holder;
    }

    @Transactional
    public void startTreatment(ServiceId service, ReferralId id, int expectedVersion, StaffId by) {
        Referral referral = current(service, id, expectedVersion);
        ReferralStatus from = referral.status();
        referral.startTreatment();
        Instant now = clock.instant();
        referrals.update(referral, expectedVersion, by, now);
        referrals.recordTransition(referral, Transition.START_TREATMENT.name(), from, null, by, now);
        ledger.record(service, id, DecisionKind.TREATMENT_STARTED, "Treatment started at step " + referral.step(),
                by, now);
    }

    @Transactional
    public void close(ServiceId service, ReferralId id, int expectedVersion, EndingCode code, String reason,
                      StaffId by) {
        Referral referral = current(service, id, expectedVersion);
        ReferralStatus from = referral.status();
        referral.close(code, LocalDate.now(clock));
        finish(referral, from, Transition.CLOSE, DecisionKind.CLOSURE, expectedVersion, reason, by);
    }

    @Transactional
    public void discharge(ServiceId service, ReferralId id, int expectedVersion, EndingCode code, String reason,
                          StaffId by) {
        Referral referral = current(service, id, expectedVersion);
        ReferralStatus from = referral.status();
        referral.discharge(code, LocalDate.now(clock));
        finish(referral, from, Transition.DISCHARGE, DecisionKind.DISCHARGE, expectedVersion, reason, by);
    }

    private void finish(Referral referral, ReferralStatus from, Transition transition, DecisionKind kind,
                        int expectedVersion, String reason, StaffId by) {
        Instant now = clock.instant();
        referrals.update(referral, expectedVersion, by, now);
        referrals.recordTransition(referral, transition.name(), from, reason, by, now);
        ledger.endAll(referral.serviceId(), referral.id(), now);
        EndingCode code = referral.endingCode();
        ledger.record(referral.serviceId(), referral.id(), kind, "Ending code " + code.code() + " (" + code.label() + ")"
                + (reason == null || reason.isBlank() ? "" : ": " + reason), by, now);
    }

    /**
     * The referral as the person last saw it. A stale version means someone else acted first:
     * say so, rather than judging the action against a state the person never saw.
     */
    private Referral current(ServiceId service, ReferralId id, int expectedVersion) {
        access.guardReferral(service, id, Need.CLINICAL);
        Referral referral = get(service, id);
        if (referral.version() != expectedVersion) {
            throw new ConcurrentEditException("referral");
        }
        return referral;
    }

    @Transactional(readOnly = true)
    public List<ReferralSummary> forPatient(ServiceId service, PatientId patient) {
        return referrals.forPatient(service, patient);
    }

    @Transactional(readOnly = true)
    public List<TransitionRecord> transitions(ServiceId service, ReferralId id) {
        return referrals.transitions(service, id);
    }

    private static void requireTreatsAtStep(Staff practitioner, int step) {
        if (!practitioner.enabled()) {
            throw new DomainException(practitioner.fullName() + "'s account is disabled: choose someone else");
        }
        if (!practitioner.treatsAtStep(step)) {
            throw new DomainException(practitioner.fullName() + " does not work at step " + step
                    + ": choose a " + (step == 2 ? "PWP" : "high-intensity therapist"));
        }
    }
}
