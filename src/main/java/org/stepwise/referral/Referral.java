package org.stepwise.referral;

import java.time.LocalDate;
import java.util.Objects;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * An episode of care. Its status changes only through the named transitions below, each of
 * which refuses a move its current state does not allow.
 */
public final class Referral {

    private final ServiceId serviceId;
    private final ReferralId id;
    private final PatientId patientId;
    private final ReferralDetails details;
    private final int version;
    private ReferralStatus status;
    private Integer step;
    private StaffId practitionerId;
    private LocalDate waitingSince;
    private EndingCode endingCode;
    private LocalDate endedDate;

    public Referral(ServiceId serviceId, ReferralId id, PatientId patientId, ReferralDetails details,
                    ReferralStatus status, Integer step, StaffId practitionerId, LocalDate waitingSince,
                    EndingCode endingCode, LocalDate endedDate, int version) {
        this.serviceId = Objects.requireNonNull(serviceId);
        this.id = Objects.requireNonNull(id);
        this.patientId = Objects.requireNonNull(patientId);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.step = step;
        this.practitionerId = practitionerId;
        this.waitingSince = waitingSince;
        this.endingCode = endingCode;
        this.endedDate = endedDate;
        this.version = version;
    }

    /** A new referral, awaiting triage. */
    public static Referral received(ServiceId serviceId, PatientId patientId, ReferralDetails details) {
        return new Referral(serviceId, ReferralId.random(), patientId, details, ReferralStatus.AWAITING_TRIAGE,
                null, null, null, null, null, 0);
    }

    /**
     * The same referral with corrected details. The received date cannot move past anything that has
     * already happened to the referral, or waits and outcomes would be computed from impossible dates.
     */
    public Referral corrected(ReferralDetails corrected) {
        LocalDate received = corrected.receivedDate();
        if (waitingSince != null && received.isAfter(waitingSince)) {
            throw new IllegalTransitionException("The date received cannot be after the person joined the waiting list ("
                    + waitingSince + ").");
        }
        if (endedDate != null && received.isAfter(endedDate)) {
            throw new IllegalTransitionException("The date received cannot be after the referral ended (" + endedDate + ").");
        }
        return new Referral(serviceId, id, patientId, corrected, status, step, practitionerId, waitingSince, endingCode,
                endedDate, version);
    }

    public void allocate(int toStep, StaffId practitioner) {
        guard(Transition.ALLOCATE);
        requireStep(toStep);
        this.status = ReferralStatus.ALLOCATED;
        this.step = toStep;
        this.practitionerId = Objects.requireNonNull(practitioner, "practitioner");
        this.waitingSince = null;
    }

    public void placeOnWaitingList(int forStep, LocalDate since) {
        guard(Transition.PLACE_ON_WAITING_LIST);
        requireStep(forStep);
        this.status = ReferralStatus.WAITING;
        this.step = forStep;
        this.waitingSince = Objects.requireNonNull(since, "since");
    }

    public void reallocate(StaffId practitioner) {
        guard(Transition.REALLOCATE);
        if (practitioner.equals(practitionerId)) {
            throw new IllegalTransitionException("This referral is already allocated to that practitioner.");
        }
        this.practitionerId = practitioner;
    }

    /**
     * Steps the person up (2 → 3) or down (3 → 2), straight to a practitioner at the new step.
     * Treatment at the new step starts afresh, so the referral is allocated, not in treatment.
     */
    public void stepTo(int newStep, StaffId practitioner) {
        guardStepChange(Transition.STEP_TO_PRACTITIONER, newStep);
        this.status = ReferralStatus.ALLOCATED;
        this.step = newStep;
        this.practitionerId = Objects.requireNonNull(practitioner, "practitioner");
    }

    /** Steps the person up or down onto the new step's waiting list, when nobody there has capacity. */
    public void stepToWaitingList(int newStep, LocalDate since) {
        guardStepChange(Transition.STEP_TO_WAITING_LIST, newStep);
        this.status = ReferralStatus.WAITING;
        this.step = newStep;
        this.practitionerId = null;
        this.waitingSince = Objects.requireNonNull(since, "since");
    }

    private void guardStepChange(Transition transition, int newStep) {
        guard(transition);
        requireStep(newStep);
        if (step != null && step == newStep) {
            throw new IllegalTransitionException("This person is already at step " + newStep + ".");
        }
    }

    public void startTreatment() {
        guard(Transition.START_TREATMENT);
        this.status = ReferralStatus.IN_TREATMENT;
    }

    public void close(EndingCode code, LocalDate on) {
        guard(Transition.CLOSE);
        if (code.category() == EndingCode.Category.TREATED) {
            throw new IllegalTransitionException("Ending code " + code.code()
                    + " is for people taken on for treatment; this referral never started treatment.");
        }
        end(ReferralStatus.CLOSED, code, on);
    }

    /**
     * Ends treatment. Which codes fit depends on what the contacts show (seen, treated), which the
     * caller checks; the referral itself only knows that treatment was started.
     */
    public void discharge(EndingCode code, LocalDate on) {
        guard(Transition.DISCHARGE);
        end(ReferralStatus.DISCHARGED, code, on);
    }

    private void end(ReferralStatus to, EndingCode code, LocalDate on) {
        Objects.requireNonNull(code, "ending code");
        if (on.isBefore(details.receivedDate())) {
            throw new IllegalTransitionException("A referral cannot end before it was received.");
        }
        this.status = to;
        this.endingCode = code;
        this.endedDate = on;
        this.waitingSince = null;
    }

    private void guard(Transition transition) {
        if (!transition.allowedFrom(status)) {
            throw new IllegalTransitionException(transition, status);
        }
    }

    private static void requireStep(int step) {
        if (step != 2 && step != 3) {
            throw new IllegalTransitionException("Choose step 2 (low intensity) or step 3 (high intensity).");
        }
    }

    public ServiceId serviceId() {
        return serviceId;
    }

    public ReferralId id() {
        return id;
    }

    public PatientId patientId() {
        return patientId;
    }

    public ReferralDetails details() {
        return details;
    }

    public ReferralStatus status() {
        return status;
    }

    public Integer step() {
        return step;
    }

    public StaffId practitionerId() {
        return practitionerId;
    }

    public LocalDate waitingSince() {
        return waitingSince;
    }

    public EndingCode endingCode() {
        return endingCode;
    }

    public LocalDate endedDate() {
        return endedDate;
    }

    public int version() {
        return version;
    }
}
