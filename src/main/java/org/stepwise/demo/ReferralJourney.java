package org.stepwise.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralDetails;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.referral.Transition;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityKind;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * One referral's history, written as the rows ReferralService and the ResponsibilityLedger would
 * have written for each step. The referral aggregate itself judges every move, so the demo can
 * never hold a history the application would have refused.
 */
final class ReferralJourney {

    final DemoRows rows;
    final Dice ids;
    final UUID service;
    private final ZoneId clockZone;
    private final UUID unallocatedHolder;
    private final LedgerRows ledger;
    private Referral referral;
    private int version;
    private final Instant createdAt;
    private final UUID createdBy;
    private Instant changedAt;
    private UUID changedBy;

    /**
     * Receives a referral: it awaits triage, its GP practice holds medical responsibility and the
     * service's named clinician clinical responsibility.
     */
    ReferralJourney(DemoRows rows, Dice ids, ZoneId clockZone, UUID service, UUID patient, ReferralDetails details,
                    UUID practice, UUID unallocatedHolder, UUID by, Instant at) {
        this.rows = rows;
        this.ids = ids;
        this.clockZone = clockZone;
        this.service = service;
        this.unallocatedHolder = unallocatedHolder;
        this.referral = new Referral(new ServiceId(service), new ReferralId(ids.uuid()), new PatientId(patient),
                details, ReferralStatus.AWAITING_TRIAGE, null, null, null, null, null, 0);
        this.ledger = new LedgerRows(rows, ids, service, referral.id().value());
        this.createdAt = at;
        this.createdBy = by;
        transition("RECEIVE", null, null, by, at);
        ledger.start(ResponsibilityKind.MEDICAL, null, practice, "Registered GP practice", by, at);
        ledger.start(ResponsibilityKind.CLINICAL, unallocatedHolder, null,
                "Unallocated referral: held by the service's named clinician until allocation", by, at);
        decide(DecisionKind.REFERRAL_ACCEPTED, details.receiptSummary(), by, at);
    }

    /** A correction of the details, as when an assessment names the provisional diagnosis. */
    void recordDescriptor(String code, UUID by, Instant at) {
        ReferralDetails d = referral.details();
        referral = new Referral(referral.serviceId(), referral.id(), referral.patientId(),
                new ReferralDetails(d.receivedDate(), d.source(), d.referrer(), d.presentingProblem(), code),
                referral.status(), referral.step(), referral.practitionerId(), referral.waitingSince(),
                referral.endingCode(), referral.endedDate(), referral.version());
        saved(by, at);
    }

    void allocate(Practitioner practitioner, int step, String reason, UUID by, Instant at) {
        ReferralStatus from = referral.status();
        referral.allocate(step, new StaffId(practitioner.id()));
        saved(by, at);
        transition(Transition.ALLOCATE.name(), from, reason, by, at);
        ledger.assignClinical(practitioner.clinicalHolder(), practitioner.id(), "Allocated to step " + step, by, at);
        decide(DecisionKind.ALLOCATION, "Allocated to " + practitioner.fullName() + " at step " + step
                + (practitioner.trainee() ? " (trainee; supervisor holds clinical responsibility)" : "")
                + (reason == null || reason.isBlank() ? "" : ": " + reason), by, at);
    }

    void reallocate(Practitioner practitioner, String reason, UUID by, Instant at) {
        ReferralStatus from = referral.status();
        referral.reallocate(new StaffId(practitioner.id()));
        saved(by, at);
        transition(Transition.REALLOCATE.name(), from, reason, by, at);
        ledger.assignClinical(practitioner.clinicalHolder(), practitioner.id(), "Re-allocated: " + reason, by, at);
        decide(DecisionKind.REALLOCATION, "Re-allocated to " + practitioner.fullName() + ": " + reason, by, at);
    }

    void placeOnWaitingList(int step, String reason, UUID by, Instant at) {
        ReferralStatus from = referral.status();
        referral.placeOnWaitingList(step, LocalDate.ofInstant(at, clockZone));
        saved(by, at);
        transition(Transition.PLACE_ON_WAITING_LIST.name(), from, reason, by, at);
        decide(DecisionKind.WAITING_LIST, "Placed on the step " + step + " waiting list"
                + (reason == null || reason.isBlank() ? "" : ": " + reason), by, at);
    }

    /** Steps the person to a practitioner at another step, as ReferralService.changeStep does. */
    void stepTo(Practitioner practitioner, String reason, UUID by, Instant at) {
        ReferralStatus from = referral.status();
        int oldStep = referral.step();
        int newStep = practitioner.step();
        referral.stepTo(newStep, new StaffId(practitioner.id()));
        saved(by, at);
        transition(Transition.STEP_TO_PRACTITIONER.name(), from, reason, by, at);
        String direction = direction(oldStep, newStep);
        ledger.assignClinical(practitioner.clinicalHolder(), practitioner.id(), direction + " to step " + newStep, by,
                at);
        decide(DecisionKind.STEP_CHANGE, direction + " from step " + oldStep + " to step " + newStep + ", to "
                + practitioner.fullName() + ": " + reason, by, at);
    }

    /** Steps the person onto another step's waiting list, where the named clinician holds them again. */
    void stepToWaitingList(int newStep, String reason, UUID by, Instant at) {
        ReferralStatus from = referral.status();
        int oldStep = referral.step();
        referral.stepToWaitingList(newStep, LocalDate.ofInstant(at, clockZone));
        saved(by, at);
        transition(Transition.STEP_TO_WAITING_LIST.name(), from, reason, by, at);
        String direction = direction(oldStep, newStep);
        ledger.assignClinical(unallocatedHolder, null, direction + " to the step " + newStep + " waiting list", by, at);
        decide(DecisionKind.STEP_CHANGE, direction + " from step " + oldStep + " to step " + newStep
                + ", onto the waiting list: " + reason, by, at);
    }

    void startTreatment(UUID by, Instant at) {
        ReferralStatus from = referral.status();
        referral.startTreatment();
        saved(by, at);
        transition(Transition.START_TREATMENT.name(), from, null, by, at);
        decide(DecisionKind.TREATMENT_STARTED, "Treatment started at step " + referral.step(), by, at);
    }

    void close(EndingCode code, String reason, UUID by, Instant at) {
        ReferralStatus from = referral.status();
        referral.close(code, LocalDate.ofInstant(at, clockZone));
        finish(from, Transition.CLOSE, DecisionKind.CLOSURE, reason, by, at);
    }

    void discharge(EndingCode code, String reason, UUID by, Instant at) {
        ReferralStatus from = referral.status();
        referral.discharge(code, LocalDate.ofInstant(at, clockZone));
        finish(from, Transition.DISCHARGE, DecisionKind.DISCHARGE, reason, by, at);
    }

    ReferralStatus status() {
        return referral.status();
    }

    UUID id() {
        return referral.id().value();
    }

    /** The provisional diagnosis as stored, or null when none was recorded. */
    String descriptor() {
        return referral.details().problemDescriptor();
    }

    /** Writes the referral as it now stands, with the responsibility still held. */
    void write() {
        ledger.writeOpen();
        ReferralDetails d = referral.details();
        rows.referral.add(service, referral.id().value(), referral.patientId().value(), d.receivedDate(),
                d.source().code(), d.referrer(), d.presentingProblem(), d.problemDescriptor(), referral.status().name(),
                referral.step(), referral.practitionerId() == null ? null : referral.practitionerId().value(),
                referral.waitingSince(), referral.endingCode() == null ? null : referral.endingCode().code(),
                referral.endedDate(), version, createdAt, createdBy, changedAt, changedBy);
    }

    void decide(DecisionKind kind, String summary, UUID by, Instant at) {
        ledger.decide(kind, summary, by, at);
    }

    private void finish(ReferralStatus from, Transition t, DecisionKind kind, String reason, UUID by, Instant at) {
        saved(by, at);
        transition(t.name(), from, reason, by, at);
        ledger.endAll(at);
        EndingCode code = referral.endingCode();
        decide(kind, "Ending code " + code.code() + " (" + code.label() + ")"
                + (reason == null || reason.isBlank() ? "" : ": " + reason), by, at);
    }

    private static String direction(int oldStep, int newStep) {
        return newStep > oldStep ? "Stepped up" : "Stepped down";
    }

    private void saved(UUID by, Instant at) {
        version++;
        changedAt = at;
        changedBy = by;
    }

    private void transition(String name, ReferralStatus from, String reason, UUID by, Instant at) {
        rows.transition.add(service, ids.uuid(), referral.id().value(), name, from == null ? null : from.name(),
                referral.status().name(), reason, by, at);
    }
}
