package org.stepwise.casefile;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stepwise.patient.Patient;
import org.stepwise.patient.Patients;
import org.stepwise.referral.ReferralService;
import org.stepwise.risk.RiskSummaries;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;

/**
 * The patient record and the referral page: read-only views composed from every module that holds part of a
 * case, so that those modules need not know about each other.
 */
@Controller
class CaseFileController {

    private final ReferralService referrals;
    private final Patients patients;
    private final RiskSummaries riskSummaries;
    private final CaseAccess access;
    private final ReferralPages referralPages;
    private final Clock clock;

    CaseFileController(ReferralService referrals, Patients patients, RiskSummaries riskSummaries, CaseAccess access,
                       ReferralPages referralPages, Clock clock) {
        this.referrals = referrals;
        this.patients = patients;
        this.riskSummaries = riskSummaries;
        this.access = access;
        this.referralPages = referralPages;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}")
    String patient(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        PatientId patientId = PatientId.parse(id);
        access.requirePatient(me, patientId, Need.DEMOGRAPHICS);
        Patient patient = patients.get(me.serviceId(), patientId);
        model.addAttribute("patient", patient);
        model.addAttribute("referrals", referrals.forPatient(me.serviceId(), patient.id()));
        model.addAttribute("alerts", riskSummaries.forPatient(me.serviceId(), patient.id()));
        model.addAttribute("today", LocalDate.now(clock));
        return "casefile/patient";
    }

    @GetMapping("/referrals/{id}")
    String referral(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        model.addAttribute("view", referralPages.forReferral(me, ReferralId.parse(id)));
        return "casefile/referral";
    }
}
