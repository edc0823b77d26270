package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * Referring people on and tracking the answer. Sending makes a task to chase the receiving service when the
 * service's interval for that urgency has passed; each answer closes that task and, if still waiting, sets the next.
 */
@Service
public class OnwardReferrals {

    private final OnwardStore store;
    private final Tasks tasks;
    private final ReferralService referrals;
    private final ResponsibilityLedger ledger;
    private final RiskClock time;

    OnwardReferrals(OnwardStore store, Tasks tasks, ReferralService referrals, ResponsibilityLedger ledger,
                    RiskClock time) {
        this.store = store;
        this.tasks = tasks;
        this.referrals = referrals;
        this.ledger = ledger;
        this.time = time;
    }

    @Transactional
    UUID send(ServiceId service, ReferralId referralId, NewOnwardReferral onward, StaffId by) {
        Referral referral = referrals.get(service, referralId);
        ZoneId zone = time.zone(service);
        Instant now = time.now();
        if (onward.referredAt().isAfter(now)) {
            throw new DomainException("The date and time of the referral cannot be in the future");
        }
        LocalDate sentOn = LocalDate.ofInstant(onward.referredAt(), zone);
        ClinicalDates.check(sentOn, "date of the referral", referral, time.today(service));
        Instant chaseDue = time.settings(service).chaseDue(onward.urgency(), onward.referredAt(), zone);
        UUID id = store.insert(service, referralId, onward, chaseDue, by, now);
        store.addEvent(service, id, OnwardStatus.SENT, sentOn, null, by, now);
        tasks.byRule(service, referralId, OnwardRules.chase(onward.organisation(), onward.urgency(), OnwardStatus.SENT,
                by, LocalDate.ofInstant(chaseDue, zone)), TaskOrigin.CHASE_ONWARD_REFERRAL, id, by, now);
        ledger.record(service, referralId, DecisionKind.ONWARD_REFERRAL, "Referred on to " + onward.organisation()
                + ", " + onward.urgency().label().toLowerCase(java.util.Locale.UK), by, now);
        return id;
    }

    /** Records the receiving service's answer (or our withdrawal), on the day it happened. */
    @Transactional
    void respond(ServiceId service, UUID onwardId, int expectedVersion, OnwardStatus to, LocalDate occurredOn,
                 String note, StaffId by) {
        OnwardReferral onward = get(service, onwardId);
        if (onward.version() != expectedVersion) {
            throw new ConcurrentEditException("onward referral");
        }
        OnwardStatus next = onward.status().moveTo(to);
        ZoneId zone = time.zone(service);
        LocalDate today = time.today(service);
        if (occurredOn == null || occurredOn.isAfter(today)) {
            throw new DomainException("The date of the response cannot be in the future");
        }
        if (occurredOn.isBefore(LocalDate.ofInstant(onward.referredAt(), zone))) {
            throw new DomainException("The date of the response cannot be before the referral was sent");
        }
        Instant now = time.now();
        Instant chaseDue = next.awaitingResponse() ? time.settings(service).chaseDue(onward.urgency(), now, zone) : null;
        store.update(service, onwardId, expectedVersion, next, chaseDue, by, now);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        store.addEvent(service, onwardId, next, occurredOn, cleanNote, by, now);
        tasks.completeForOnwardReferral(service, onwardId, "Response recorded: " + next.label().toLowerCase(), by, now);
        if (chaseDue != null) {
            tasks.byRule(service, onward.referralId(), OnwardRules.chase(onward.organisation(), onward.urgency(), next,
                    by, LocalDate.ofInstant(chaseDue, zone)), TaskOrigin.CHASE_ONWARD_REFERRAL, onwardId, by, now);
        }
        if (next == OnwardStatus.DECLINED) {
            StaffId practitioner = referrals.get(service, onward.referralId()).practitionerId();
            tasks.byRule(service, onward.referralId(), OnwardRules.declined(onward.organisation(),
                            practitioner == null ? by : practitioner, today),
                    TaskOrigin.ONWARD_REFERRAL_DECLINED, onwardId, by, now);
        }
        ledger.record(service, onward.referralId(), DecisionKind.ONWARD_REFERRAL_RESPONSE,
                "Onward referral to " + onward.organisation() + ": " + next.label().toLowerCase(), by, now);
    }

    /** Whether the person has been accepted by a service they were referred on to (the discharge page asks). */
    @Transactional(readOnly = true)
    public boolean anyAccepted(ServiceId service, ReferralId referral) {
        return store.anyAccepted(service, referral);
    }

    @Transactional(readOnly = true)
    OnwardReferral get(ServiceId service, UUID id) {
        return store.find(service, id).orElseThrow(() -> new NotFoundException("No such onward referral"));
    }

    @Transactional(readOnly = true)
    List<OnwardEvent> history(ServiceId service, UUID id) {
        return store.events(service, id);
    }

    @Transactional(readOnly = true)
    List<OnwardReferral> forReferral(ServiceId service, ReferralId referral) {
        return store.forReferral(service, referral);
    }
}
