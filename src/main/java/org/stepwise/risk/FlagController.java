package org.stepwise.risk;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.FormErrors;

/** A clinician raising a risk flag, and reviewing one. */
@Controller
class FlagController {

    private final RiskFlags flags;
    private final CasePage cases;

    FlagController(RiskFlags flags, CasePage cases) {
        this.flags = flags;
        this.cases = cases;
    }

    @GetMapping("/referrals/{id}/risk-flags/new")
    String raiseForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        cases.open(me, ReferralId.parse(id), model);
        return raise(model, "", FormErrors.none());
    }

    @PostMapping("/referrals/{id}/risk-flags")
    String raise(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                 @RequestParam(defaultValue = "") String concern, Model model, RedirectAttributes redirect) {
        var referral = cases.open(me, ReferralId.parse(id), model);
        FormErrors errors = new FormErrors();
        Text.required(concern, "concern", "Describe the concern that the flag is for", NewFlag.MAX_DETAIL, errors);
        if (errors.any()) {
            return raise(model, concern, errors);
        }
        flags.raise(me.serviceId(), referral.id(), concern, me.staffId());
        redirect.addFlashAttribute("notice", "Risk flag raised");
        return "redirect:/referrals/" + referral.id() + "#risk";
    }

    @GetMapping("/risk-flags/{flagId}/review")
    String reviewForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable String flagId, Model model) {
        FlagView flag = open(me, flagId, model);
        return review(model, flag, "", FormErrors.none());
    }

    @PostMapping("/risk-flags/{flagId}/review")
    String review(@AuthenticationPrincipal SignedInStaff me, @PathVariable String flagId,
                  @RequestParam(defaultValue = "") String outcome, Model model, RedirectAttributes redirect) {
        FlagView flag = open(me, flagId, model);
        FormErrors errors = new FormErrors();
        Text.required(outcome, "outcome", "Say what you found and what you did", RiskFlags.MAX_OUTCOME, errors);
        if (errors.any()) {
            return review(model, flag, outcome, errors);
        }
        try {
            flags.review(me.serviceId(), flag.id(), outcome, me.staffId());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return review(model, flags.get(me.serviceId(), flag.id()), outcome, errors);
        }
        redirect.addFlashAttribute("notice", "Risk flag reviewed");
        return "redirect:/referrals/" + flag.referralId() + "#risk";
    }

    private FlagView open(SignedInStaff me, String flagId, Model model) {
        UUID id = Identifier.parse(flagId);
        cases.requireClinician(me);
        FlagView flag = flags.get(me.serviceId(), id);
        cases.open(me, flag.referralId(), model);
        return flag;
    }

    private static String raise(Model model, String concern, FormErrors errors) {
        model.addAttribute("concern", concern);
        model.addAttribute("errors", errors);
        return "risk/raiseFlag";
    }

    private static String review(Model model, FlagView flag, String outcome, FormErrors errors) {
        model.addAttribute("flag", flag);
        model.addAttribute("outcome", outcome);
        model.addAttribute("errors", errors);
        return "risk/reviewFlag";
    }
}
