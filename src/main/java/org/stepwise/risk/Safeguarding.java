package org.stepwise.risk;

import java.time.Instant;
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
import org.stepwise.staff.Staff;

/**
 * Safeguarding concerns from raising to closing. Every step is one transaction that moves the concern, adds to its
 * history and records who decided in the ledger. The ledger's summary names the step, never the concern itself.
 */
@Service
class Safeguarding {

    static final int MAX_TEXT = 5000;

    private final ConcernStore store;
    private final ReferralService referrals;
    private final Clinicians clinicians;
    private final ResponsibilityLedger ledger;
    private final RiskClock time;

    Safeguarding(ConcernStore store, ReferralService referrals, Clinicians clinicians, ResponsibilityLedger ledger,
                 RiskClock time) {
        this.store = store;
        this.referrals = referrals;
        this.clinicians = clinicians;
        this.ledger = ledger;
        this.time = time;
    }

    @Transactional
    UUID raise(ServiceId service, ReferralId referralId, NewConcern concern, StaffId by) {
        Referral referral = referrals.get(service, referralId);
        ClinicalDates.check(concern.noticedOn(), "date the concern arose", referral, time.today(service));
        Staff owner = clinicians.owner(service, concern.owner());
        Instant now = time.now();
        UUID id = store.insert(service, referralId, concern, by, now);
        store.addAction(service, id, ActionKind.RAISED, time.today(service), "Concern raised; owner " + owner.fullName(),
                null, null, null, by, now);
        ledger.record(service, referralId, DecisionKind.SAFEGUARDING_CONCERN,
                "Safeguarding concern raised, owned by " + owner.fullName(), by, now);
        return id;
    }

    @Transactional
    void act(ServiceId service, UUID concernId, int expectedVersion, NewAction action, StaffId by) {
        Concern concern = current(service, concernId, expectedVersion);
        ConcernStatus next = concern.status().recordAction(action.kind());
        Referral referral = referrals.get(service, concern.referralId());
        ClinicalDates.check(action.takenOn(), "date of the action", referral, time.today(service));
        if (action.kind() == ActionKind.SAFEGUARDING_REFERRAL && blank(action.contact())) {
            throw new DomainException("Enter who at the safeguarding team took the referral");
        }
        Instant now = time.now();
        store.update(service, concern, expectedVersion, next, concern.ownerId(), by, now);
        store.addAction(service, concernId, action.kind(), action.takenOn(), action.detail(), action.contact(),
                action.reference(), null, by, now);
        ledger.record(service, concern.referralId(), DecisionKind.SAFEGUARDING_ACTION, action.kind().label(), by, now);
    }

    @Transactional
    void handOver(ServiceId service, UUID concernId, int expectedVersion, StaffId to, String note, StaffId by) {
        Concern concern = current(service, concernId, expectedVersion);
        ConcernStatus same = concern.status().handOver();
        if (concern.ownerId().equals(to)) {
            throw new DomainException(concern.ownerName() + " already owns this concern");
        }
        Staff owner = clinicians.owner(service, to);
        Instant now = time.now();
        store.update(service, concern, expectedVersion, same, to, by, now);
        store.addAction(service, concernId, ActionKind.OWNER_CHANGED, time.today(service),
                blank(note) ? "Handed over to " + owner.fullName() : note.strip(), null, null, to, by, now);
        ledger.record(service, concern.referralId(), DecisionKind.SAFEGUARDING_ACTION,
                "Safeguarding concern handed over to " + owner.fullName(), by, now);
    }

    @Transactional
    void close(ServiceId service, UUID concernId, int expectedVersion, String outcome, StaffId by) {
        Concern concern = current(service, concernId, expectedVersion);
        ConcernStatus closed = concern.status().close();
        if (blank(outcome)) {
            throw new DomainException("Say what the outcome was and why the concern can be closed");
        }
        Instant now = time.now();
        store.update(service, concern, expectedVersion, closed, concern.ownerId(), by, now);
        store.addAction(service, concernId, ActionKind.CLOSED, time.today(service), outcome.strip(), null, null, null,
                by, now);
        ledger.record(service, concern.referralId(), DecisionKind.SAFEGUARDING_ACTION, "Safeguarding concern closed",
                by, now);
    }

    @Transactional(readOnly = true)
    Concern get(ServiceId service, UUID concernId) {
        return store.find(service, concernId).orElseThrow(() -> new NotFoundException("No such safeguarding concern"));
    }

    @Transactional(readOnly = true)
    List<ConcernAction> history(ServiceId service, UUID concernId) {
        return store.actions(service, concernId);
    }

    @Transactional(readOnly = true)
    List<Concern> forReferral(ServiceId service, ReferralId referral) {
        return store.forReferral(service, referral);
    }

    /** The concern as it is now, refused before any rule if someone changed it since the person looked. */
    private Concern current(ServiceId service, UUID concernId, int expectedVersion) {
        Concern concern = get(service, concernId);
        if (concern.version() != expectedVersion) {
            throw new ConcurrentEditException("safeguarding concern");
        }
        return concern;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
