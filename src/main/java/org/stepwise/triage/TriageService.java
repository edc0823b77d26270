package org.stepwise.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.caseload.Capacity;
import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.contact.AppointmentService;
import org.stepwise.organisation.ServiceSettings;
import org.stepwise.organisation.Services;
import org.stepwise.organisation.TriageMode;
import org.stepwise.referral.EndingCode;
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

/** Records a triage decision and carries it out, all in one transaction. */
@Service
public class TriageService {

    private final ReferralService referrals;
    private final Services services;
    private final StaffDirectory staff;
    private final Capacity capacity;
    private final ResponsibilityLedger ledger;
    private final AppointmentService appointments;
    private final JdbcClient jdbc;
    private final Clock clock;

    TriageService(ReferralService referrals, Services services, StaffDirectory staff, Capacity capacity,
                  ResponsibilityLedger ledger, AppointmentService appointments, JdbcClient jdbc, Clock clock) {
        this.referrals = referrals;
        this.appointments = appointments;
        this.services = services;
        this.staff = staff;
        this.capacity = capacity;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether these roles may triage in the service, as its settings say. */
    public boolean mayAllocate(ServiceId service, Set<Role> roles) {
        return services.settings(service).mayAllocate(roles);
    }

    @Transactional
    public void decide(ServiceId service, ReferralId referralId, int expectedVersion, TriageDecision decision,
                       StaffId by, Set<Role> roles) {
        ServiceSettings settings = services.settings(service);
        if (!settings.mayAllocate(roles)) {
            throw new AccessDeniedException("In this service only "
                    + settings.allocatingRoles().stream().map(Role::label).sorted().toList()
                    + " may triage and allocate referrals.");
        }
        String overrideReason = null;
        switch (decision.outcome()) {
            case ALLOCATE -> {
                Staff practitioner = staff.get(service, decision.practitioner());
                PractitionerCapacity load = capacity.lockForAllocation(service, practitioner, decision.step());
                if (!load.allows(decision.capOverrideReason())) {
                    throw new CaseloadCapExceededException(load);
                }
                referrals.allocate(service, referralId, expectedVersion, decision.step(), practitioner,
                        decision.reason(), by);
                if (load.full()) {
                    overrideReason = decision.capOverrideReason().strip();
                    ledger.record(service, referralId, DecisionKind.CAPACITY_OVERRIDE, practitioner.fullName()
                            + " allocated at " + load.openCases() + " open cases against a cap of " + load.cap()
                            + ": " + overrideReason, by, clock.instant());
                }
            }
            case WAITING_LIST -> referrals.placeOnWaitingList(service, referralId, expectedVersion, decision.step(),
                    decision.reason(), by);
            case CLOSE -> {
                boolean seen = seen(service, referralId, decision.seenAtAppointment());
                if (!closingCodes(seen).contains(decision.endingCode())) {
                    throw new EndingCodeDoesNotFitException(decision.endingCode(), seen);
                }
                referrals.close(service, referralId, expectedVersion, decision.endingCode(), decision.reason(), by);
            }
        }
        record(service, referralId, settings.triageMode(), decision, overrideReason, by, clock.instant());
    }

    /**
     * The ending codes that fit closing the referral at triage, grouped as NHS England groups them (see
     * {@link EndingCode}): someone seen, at a triage appointment or an attended appointment, gets the codes for
     * people seen but not taken on for treatment; someone never seen only 50, not assessed.
     *
     * @param atAppointment whether this decision follows a triage appointment: the person may have come (the seen
     *                      codes) or not (50), which the decision says, so both are offered unless seen before
     */
    @Transactional(readOnly = true)
    public List<EndingCode> closingCodes(ServiceId service, ReferralId referral, boolean atAppointment) {
        if (seen(service, referral, false)) {
            return closingCodes(true);
        }
        if (!atAppointment) {
            return closingCodes(false);
        }
        List<EndingCode> either = new ArrayList<>(closingCodes(true));
        either.addAll(closingCodes(false));
        return List.copyOf(either);
    }

    private static List<EndingCode> closingCodes(boolean seen) {
        return EndingCode.in(seen ? EndingCode.Category.SEEN_NOT_TREATED : EndingCode.Category.NOT_SEEN);
    }

    /** Seen at this triage appointment, an earlier one, or any attended appointment. */
    private boolean seen(ServiceId service, ReferralId referral, boolean atAppointment) {
        return atAppointment || triagedAtAppointment(service, referral)
                || appointments.course(service, referral).seen();
    }

    private boolean triagedAtAppointment(ServiceId service, ReferralId referral) {
        return jdbc.sql("""
                        select exists (select 1 from triage_decision
                                        where service_id = ? and referral_id = ? and appointment_attended)
                        """)
                .params(service.value(), referral.value()).query(Boolean.class).single();
    }

    private void record(ServiceId service, ReferralId referral, TriageMode mode, TriageDecision d, String overrideReason,
                        StaffId by, Instant at) {
        jdbc.sql("""
                        insert into triage_decision (service_id, id, referral_id, screening_outcome, outcome, step,
                                                     practitioner_id, end_code, reason, cap_override_reason,
                                                     decided_by, decided_at, triage_mode, appointment_on,
                                                     appointment_attended)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), UUID.randomUUID(), referral.value(), d.screeningOutcome(), d.outcome().name(),
                        d.step(), d.practitioner() == null ? null : d.practitioner().value(),
                        d.endingCode() == null ? null : d.endingCode().code(), d.reason(), overrideReason,
                        by.value(), Timestamp.from(at), mode.name(),
                        d.appointmentOn() == null ? null : java.sql.Date.valueOf(d.appointmentOn()),
                        d.appointmentOn() == null ? null : d.appointmentAttended())
                .update();
    }

    @Transactional(readOnly = true)
    public Referral referral(ServiceId service, ReferralId id) {
        return referrals.get(service, id);
    }
}
