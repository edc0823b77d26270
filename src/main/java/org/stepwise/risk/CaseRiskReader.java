package org.stepwise.risk;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.referral.Referral;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.ServiceId;

/** The risk part of a case, for the referral page; empty for anyone who may not see risk details. */
@Service
public class CaseRiskReader {

    private final RiskAccess access;
    private final RiskFlags flags;
    private final RiskAssessments assessments;
    private final SafetyPlans plans;
    private final Safeguarding safeguarding;
    private final OnwardReferrals onward;
    private final Tasks tasks;
    private final RiskClock time;

    CaseRiskReader(RiskAccess access, RiskFlags flags, RiskAssessments assessments, SafetyPlans plans,
                   Safeguarding safeguarding, OnwardReferrals onward, Tasks tasks, RiskClock time) {
        this.access = access;
        this.flags = flags;
        this.assessments = assessments;
        this.plans = plans;
        this.safeguarding = safeguarding;
        this.onward = onward;
        this.tasks = tasks;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public Optional<CaseRisk> forReferral(SignedInStaff me, Referral referral) {
        if (!access.mayAct(me, referral)) {
            return Optional.empty();
        }
        ServiceId service = me.serviceId();
        return Optional.of(new CaseRisk(referral.id(), flags.forReferral(service, referral.id()),
                assessments.forReferral(service, referral.id()), plans.forReferral(service, referral.id()),
                safeguarding.forReferral(service, referral.id()), onward.forReferral(service, referral.id()),
                tasks.forReferral(service, referral.id()), time.now(), time.today(service)));
    }
}
