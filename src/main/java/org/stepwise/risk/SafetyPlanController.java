package org.stepwise.risk;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.referral.Referral;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.FormErrors;

/** Writing the safety plan with the person, and each new version of it. */
@Controller
class SafetyPlanController {

    private final SafetyPlans plans;
    private final CasePage cases;
    private final RiskClock time;

    SafetyPlanController(SafetyPlans plans, CasePage cases, RiskClock time) {
        this.plans = plans;
        this.cases = cases;
        this.time = time;
    }

    @GetMapping("/referrals/{id}/safety-plan")
    String form(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        Referral referral = cases.open(me, ReferralId.parse(id), model);
        List<SafetyPlan> versions = plans.forReferral(me.serviceId(), referral.id());
        return render(model, SafetyPlanForm.from(versions.isEmpty() ? null : versions.get(0)), FormErrors.none());
    }

    @PostMapping("/referrals/{id}/safety-plan")
    String save(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                @ModelAttribute SafetyPlanForm form, Model model, RedirectAttributes redirect) {
        Referral referral = cases.open(me, ReferralId.parse(id), model);
        FormErrors errors = new FormErrors();
        Optional<NewSafetyPlan> plan = form.validate(time.today(me.serviceId()), errors);
        if (plan.isEmpty()) {
            return render(model, form, errors);
        }
        int version;
        try {
            version = plans.save(me.serviceId(), referral.id(), form.seenVersion(), plan.get(), form.reason(),
                    me.staffId());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return render(model, form, errors);
        }
        redirect.addFlashAttribute("notice", version == 1 ? "Safety plan saved" : "Safety plan updated to version " + version);
        return "redirect:/referrals/" + referral.id() + "#safety-plan-current";
    }

    private static String render(Model model, SafetyPlanForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "risk/safetyPlan";
    }
}
