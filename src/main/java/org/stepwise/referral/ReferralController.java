package org.stepwise.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.patient.Patient;
import org.stepwise.patient.Patients;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.FormErrors;

/** Receiving referrals, correcting their details and starting treatment. The pages that show them are in {@code casefile}. */
@Controller
class ReferralController {

    private final ReferralService referrals;
    private final Patients patients;
    private final CaseAccess access;
    private final Clock clock;

    ReferralController(ReferralService referrals, Patients patients, CaseAccess access, Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}/referrals/new")
    String newReferral(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        access.requirePatient(me, PatientId.parse(id), Need.DEMOGRAPHICS);
        Patient patient = patients.get(me.serviceId(), PatientId.parse(id));
        return form(model, patient, ReferralForm.startingToday(LocalDate.now(clock)), FormErrors.none(), null);
    }

    @PostMapping("/patients/{id}/referrals")
    String receive(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                   @ModelAttribute ReferralForm form, Model model, RedirectAttributes redirect) {
        access.requirePatient(me, PatientId.parse(id), Need.DEMOGRAPHICS);
        Patient patient = patients.get(me.serviceId(), PatientId.parse(id));
        FormErrors errors = new FormErrors();
        Optional<ReferralDetails> details = form.validate(LocalDate.now(clock), errors);
        if (details.isEmpty()) {
            return form(model, patient, form, errors, null);
        }
        try {
            ReferralId referral = referrals.receive(me.serviceId(), patient.id(), details.get(), me.staffId());
            redirect.addFlashAttribute("notice", "Referral received. It is now in the triage queue.");
            return "redirect:/referrals/" + referral;
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return form(model, patient, form, errors, null);
        }
    }

    @GetMapping("/referrals/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        access.requireReferral(me, ReferralId.parse(id), Need.CLINICAL);
        Referral referral = referrals.get(me.serviceId(), ReferralId.parse(id));
        Patient patient = patients.get(me.serviceId(), referral.patientId());
        return form(model, patient, ReferralForm.of(referral), FormErrors.none(), referral);
    }

    @PostMapping("/referrals/{id}/edit")
    String correct(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                   @ModelAttribute ReferralForm form, Model model, RedirectAttributes redirect) {
        access.requireReferral(me, ReferralId.parse(id), Need.CLINICAL);
        Referral referral = referrals.get(me.serviceId(), ReferralId.parse(id));
        Patient patient = patients.get(me.serviceId(), referral.patientId());
        FormErrors errors = new FormErrors();
        Optional<ReferralDetails> details = form.validate(LocalDate.now(clock), errors);
        if (form.version() == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the referral again");
        }
        if (details.isEmpty() || errors.any()) {
            return form(model, patient, form, errors, referral);
        }
        try {
            referrals.correctDetails(me.serviceId(), referral.id(), details.get(), form.version(), me.staffId());
            redirect.addFlashAttribute("notice", "Referral details saved");
            return "redirect:/referrals/" + id;
        } catch (ConcurrentEditException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            Referral latest = referrals.get(me.serviceId(), referral.id());
            return form(model, patient, ReferralForm.of(latest), errors, latest);
        }
    }

    @PostMapping("/referrals/{id}/start-treatment")
    String startTreatment(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                          @RequestParam int version, RedirectAttributes redirect) {
        ReferralId referralId = ReferralId.parse(id);
        access.requireReferral(me, referralId, Need.CLINICAL);
        Referral referral = referrals.get(me.serviceId(), referralId);
        if (!me.staffId().equals(referral.practitionerId())) {
            throw new org.stepwise.shared.AccessDeniedException(
                    "Only the practitioner this referral is allocated to can start treatment.");
        }
        referrals.startTreatment(me.serviceId(), referralId, version, me.staffId());
        redirect.addFlashAttribute("notice", "Treatment started");
        return "redirect:/referrals/" + id;
    }

    private String form(Model model, Patient patient, ReferralForm form, FormErrors errors, Referral existing) {
        model.addAttribute("patient", patient);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("referralId", existing == null ? null : existing.id().toString());
        return "referral/form";
    }
}
