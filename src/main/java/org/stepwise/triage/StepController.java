package org.stepwise.triage;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.caseload.Capacity;
import org.stepwise.patient.Patients;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.FormErrors;

/** Stepping a person up or down. */
@Controller
class StepController {

    private final StepChangeService stepping;
    private final ReferralService referrals;
    private final Capacity capacity;
    private final Patients patients;
    private final CaseAccess access;
    private final Clock clock;

    StepController(StepChangeService stepping, ReferralService referrals, Capacity capacity, Patients patients,
                   CaseAccess access, Clock clock) {
        this.access = access;
        this.stepping = stepping;
        this.referrals = referrals;
        this.capacity = capacity;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping("/referrals/{id}/step")
    String form(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        Referral referral = allowed(me, ReferralId.parse(id));
        return form(me, model, referral, new StepForm(referral.version(), "", "", ""), FormErrors.none());
    }

    @PostMapping("/referrals/{id}/step")
    String change(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, @ModelAttribute StepForm form,
                  Model model, RedirectAttributes redirect) {
        Referral referral = allowed(me, ReferralId.parse(id));
        int newStep = otherStep(referral);
        FormErrors errors = new FormErrors();
        Optional<StepForm.Choice> choice = form.validate(errors);
        if (choice.isEmpty()) {
            return form(me, model, referral, form, errors);
        }
        try {
            stepping.changeStep(me.serviceId(), referral.id(), form.version(), newStep, choice.get().practitioner(),
                    choice.get().reason(), choice.get().overrideReason(), me.staffId(), me.roles());
        } catch (CaseloadCapExceededException e) {
            errors.add("overrideReason", e.getMessage());
            return form(me, model, referral, form, errors);
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return form(me, model, referrals.get(me.serviceId(), referral.id()), form, errors);
        }
        redirect.addFlashAttribute("notice", (newStep > referral.step() ? "Stepped up" : "Stepped down") + " to step "
                + newStep + (choice.get().practitioner() == null ? ", on the waiting list" : ""));
        return "redirect:/referrals/" + id;
    }

    private String form(SignedInStaff me, Model model, Referral referral, StepForm form, FormErrors errors) {
        int newStep = otherStep(referral);
        model.addAttribute("referral", referral);
        model.addAttribute("patient", patients.get(me.serviceId(), referral.patientId()));
        model.addAttribute("newStep", newStep);
        model.addAttribute("practitioners", capacity.atStep(me.serviceId(), newStep));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        return "triage/step";
    }

    private Referral allowed(SignedInStaff me, ReferralId id) {
        access.requireReferral(me, id, Need.CLINICAL);
        Referral referral = referrals.get(me.serviceId(), id);
        if (!stepping.mayChangeStep(me.serviceId(), referral, me.staffId(), me.roles())) {
            throw new AccessDeniedException("Only the person's practitioner, their supervisor, an allocator or the "
                    + "service lead can change their step.");
        }
        return referral;
    }

    private static int otherStep(Referral referral) {
        return referral.step() != null && referral.step() == 3 ? 2 : 3;
    }
}
