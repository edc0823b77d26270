package org.stepwise.triage;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.caseload.Capacity;
import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.organisation.Services;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/**
 * Stepping a person up (2 → 3) or down (3 → 2): to a practitioner with capacity at the new step, or onto
 * that step's waiting list. Caps apply as at triage.
 */
@Service
public class StepChangeService {

    private final ReferralService referrals;
    private final Services services;
    private final StaffDirectory staff;
    private final Capacity capacity;
    private final ResponsibilityLedger ledger;
    private final Clock clock;

    StepChangeService(ReferralService referrals, Services services, StaffDirectory staff, Capacity capacity,
                      ResponsibilityLedger ledger, Clock clock) {
        this.referrals = referrals;
        this.services = services;
        this.staff = staff;
        this.capacity = capacity;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Who may step a person: their practitioner, that practitioner's supervisor (who holds a trainee's cases),
     * anyone who allocates in the service, and the service lead.
     */
    @Transactional(readOnly = true)
    public boolean mayChangeStep(ServiceId service, Referral referral, StaffId me, Set<Role> roles) {
        if (referral.practitionerId() == null) {
            return false;
        }
        if (referral.practitionerId().equals(me) || roles.contains(Role.SERVICE_LEAD)
                || services.settings(service).mayAllocate(roles)) {
            return true;
        }
        Staff practitioner = staff.get(service, referral.practitionerId());
        return me.equals(practitioner.supervisorId());
    }

    /**
     * @param practitioner the practitioner at the new step, or null for the waiting list
     * @param capOverride  the written reason to exceed a full practitioner's cap, or null
     */
    @Transactional
    public void changeStep(ServiceId service, ReferralId id, int expectedVersion, int newStep, UUID practitioner,
                           String reason, String capOverride, StaffId by, Set<Role> roles) {
        Referral referral = referrals.get(service, id);
        if (!mayChangeStep(service, referral, by, roles)) {
            throw new AccessDeniedException("Only the person's practitioner, their supervisor, an allocator or the "
                    + "service lead can change their step.");
        }
        if (practitioner == null) {
            referrals.changeStep(service, id, expectedVersion, newStep, null, reason, by);
            return;
        }
        Staff to = staff.get(service, new StaffId(practitioner));
        PractitionerCapacity load = capacity.lockForAllocation(service, to, newStep);
        if (!load.allows(capOverride)) {
            throw new CaseloadCapExceededException(load);
        }
        referrals.changeStep(service, id, expectedVersion, newStep, to, reason, by);
        if (load.full()) {
            ledger.record(service, id, DecisionKind.CAPACITY_OVERRIDE, to.fullName() + " took the case at "
                    + load.openCases() + " open cases against a cap of " + load.cap() + ": " + capOverride.strip(),
                    by, clock.instant());
        }
    }
}
