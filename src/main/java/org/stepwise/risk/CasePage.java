package org.stepwise.risk;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stepwise.patient.Patients;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.ReferralId;

/** Opens a case for a risk page: checks the person may act on its risk, and gives the page its patient banner. */
@Component
class CasePage {

    private final ReferralService referrals;
    private final Patients patients;
    private final RiskSummaries summaries;
    private final RiskAccess access;
    private final RiskClock time;

    CasePage(ReferralService referrals, Patients patients, RiskSummaries summaries, RiskAccess access, RiskClock time) {
        this.referrals = referrals;
        this.patients = patients;
        this.summaries = summaries;
        this.access = access;
        this.time = time;
    }

    /** Checked before looking anything up, so an administrator learns nothing, not even whether a record exists. */
    void requireClinician(SignedInStaff me) {
        access.requireClinician(me);
    }

    Referral open(SignedInStaff me, ReferralId id, Model model) {
        access.requireClinician(me);
        Referral referral = referrals.get(me.serviceId(), id);
        access.require(me, referral);
        model.addAttribute("referral", referral);
        model.addAttribute("patient", patients.get(me.serviceId(), referral.patientId()));
        model.addAttribute("alerts", summaries.forReferral(me.serviceId(), referral.id()));
        model.addAttribute("today", time.today(me.serviceId()));
        return referral;
    }
}
