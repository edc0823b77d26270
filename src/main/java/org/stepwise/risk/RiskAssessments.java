package org.stepwise.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
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

/** Recording risk assessments and correcting them with a new version that says why; nothing is overwritten. */
@Service
class RiskAssessments {

    private final AssessmentStore store;
    private final ReferralService referrals;
    private final ResponsibilityLedger ledger;
    private final RiskClock time;

    RiskAssessments(AssessmentStore store, ReferralService referrals, ResponsibilityLedger ledger, RiskClock time) {
        this.store = store;
        this.referrals = referrals;
        this.ledger = ledger;
        this.time = time;
    }

    @Transactional
    UUID record(ServiceId service, ReferralId referralId, NewAssessment assessment, StaffId by) {
        Referral referral = referrals.get(service, referralId);
        ClinicalDates.check(assessment.assessedOn(), "date of the assessment", referral, time.today(service));
        Instant now = time.now();
        UUID id = store.insert(service, referralId, assessment, null, null, by, now);
        ledger.record(service, referralId, DecisionKind.RISK_ASSESSMENT, "Risk assessment recorded", by, now);
        return id;
    }

    @Transactional
    UUID correct(ServiceId service, UUID original, NewAssessment assessment, String reason, StaffId by) {
        ReferralId referralId = referralOf(service, original);
        if (store.corrected(service, original)) {
            throw new DomainException("This assessment has already been corrected: correct the latest version");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("Say why the assessment is being corrected");
        }
        Referral referral = referrals.get(service, referralId);
        ClinicalDates.check(assessment.assessedOn(), "date of the assessment", referral, time.today(service));
        Instant now = time.now();
        try {
            UUID id = store.insert(service, referralId, assessment, original, reason.strip(), by, now);
            ledger.record(service, referralId, DecisionKind.RISK_ASSESSMENT, "Risk assessment corrected", by, now);
            return id;
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("risk assessment");
        }
    }

    @Transactional(readOnly = true)
    ReferralId referralOf(ServiceId service, UUID assessment) {
        return store.referralOf(service, assessment).orElseThrow(() -> new NotFoundException("No such risk assessment"));
    }

    @Transactional(readOnly = true)
    List<Assessment> forReferral(ServiceId service, ReferralId referral) {
        return store.forReferral(service, referral);
    }
}
