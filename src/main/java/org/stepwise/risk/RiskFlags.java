package org.stepwise.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.referral.ReferralService;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * Raising and reviewing risk flags. Whatever raises a flag, it is written in the transaction that raised it, so
 * it is on every view as soon as that transaction commits; it leaves them only when a review is recorded.
 */
@Service
public class RiskFlags {

    static final int MAX_OUTCOME = 5000;

    private final FlagStore store;
    private final RiskClock time;
    private final ReferralService referrals;
    private final ResponsibilityLedger ledger;

    RiskFlags(FlagStore store, RiskClock time, ReferralService referrals, ResponsibilityLedger ledger) {
        this.store = store;
        this.time = time;
        this.referrals = referrals;
        this.ledger = ledger;
    }

    /**
     * A questionnaire's question 9 was answered above 0. Joins the transaction that stores the questionnaire (or
     * refuses it for missing answers), so the flag can never be lost between the two.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void raiseFromQuestionnaire(ServiceId service, ReferralId referral, UUID responseId, int answer,
                                       StaffId enteredBy, Instant at) {
        store.insert(service, referral, NewFlag.fromItemNine(answer, at, time.flagRule(service)), responseId, enteredBy);
    }

    /** A clinician raises a flag for a concern of their own. */
    @Transactional
    public UUID raise(ServiceId service, ReferralId referral, String concern, StaffId by) {
        referrals.get(service, referral);
        Instant now = time.now();
        UUID id = store.insert(service, referral, NewFlag.byClinician(concern, now, time.flagRule(service)), null, by);
        ledger.record(service, referral, DecisionKind.RISK_FLAG_RAISED, "Risk flag raised by a clinician", by, now);
        return id;
    }

    /** Records the clinician's review, which takes the flag off every list; the flag itself is kept. */
    @Transactional
    public void review(ServiceId service, UUID flagId, String outcome, StaffId by) {
        FlagView flag = get(service, flagId);
        if (!flag.open()) {
            throw new RiskTransitionException("This flag was reviewed by " + flag.reviewedBy() + " already.");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new DomainException("Say what you found and what you did");
        }
        if (outcome.length() > MAX_OUTCOME) {
            throw new DomainException("The review must be " + MAX_OUTCOME + " characters or fewer");
        }
        Instant now = time.now();
        store.review(service, flagId, outcome.strip(), by, now);
        ledger.record(service, flag.referralId(), DecisionKind.RISK_FLAG_REVIEW, "Risk flag reviewed", by, now);
    }

    @Transactional(readOnly = true)
    public FlagView get(ServiceId service, UUID flagId) {
        return store.find(service, flagId).orElseThrow(() -> new NotFoundException("No such risk flag"));
    }

    @Transactional(readOnly = true)
    public List<FlagView> forReferral(ServiceId service, ReferralId referral) {
        return store.forReferral(service, referral);
    }
}
