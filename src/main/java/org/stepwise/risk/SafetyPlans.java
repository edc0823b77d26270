package org.stepwise.risk;

import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.referral.ReferralService;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Writing a safety plan and each new version of it. */
@Service
class SafetyPlans {

    private final SafetyPlanStore store;
    private final ReferralService referrals;
    private final ResponsibilityLedger ledger;
    private final RiskClock time;

    SafetyPlans(SafetyPlanStore store, ReferralService referrals, ResponsibilityLedger ledger, RiskClock time) {
        this.store = store;
        this.referrals = referrals;
        this.ledger = ledger;
        this.time = time;
    }

    /**
     * Saves the next version of the plan, made from the version the writer saw (0 when there was none), so two
     * people updating the plan at once cannot lose each other's changes.
     */
    @Transactional
    int save(ServiceId service, ReferralId referral, int seenVersion, NewSafetyPlan plan, String reason, StaffId by) {
        referrals.get(service, referral);
        int latest = store.latestVersion(service, referral);
        if (latest != seenVersion) {
            throw new ConcurrentEditException("safety plan");
        }
        boolean first = latest == 0;
        if (!first && (reason == null || reason.isBlank())) {
            throw new DomainException("Say what has changed and why");
        }
        if (plan.reviewOn() == null || plan.reviewOn().isBefore(time.today(service))) {
            throw new DomainException("The review date must be today or later");
        }
        Instant now = time.now();
        try {
            store.insert(service, referral, latest + 1, plan, first ? null : reason.strip(), by, now);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("safety plan");
        }
        ledger.record(service, referral, DecisionKind.SAFETY_PLAN,
                first ? "Safety plan written" : "Safety plan updated to version " + (latest + 1), by, now);
        return latest + 1;
    }

    @Transactional(readOnly = true)
    List<SafetyPlan> forReferral(ServiceId service, ReferralId referral) {
        return store.forReferral(service, referral);
    }
}
