package org.stepwise.risk;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.stepwise.shared.Identifier;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.FormErrors;

/** Referring a person on to crisis, community or secondary care, and recording the answer. */
@Controller
class OnwardReferralController {

    private final OnwardReferrals onward;
    private final CasePage cases;
    private final RiskClock time;

    OnwardReferralController(OnwardReferrals onward, CasePage cases, RiskClock time) {
        this.onward = onward;
        this.cases = cases;
        this.time = time;
    }

    @GetMapping("/referrals/{id}/onward-referrals/new")
    String form(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        cases.open(me, ReferralId.parse(id), model);
        return form(model, OnwardForm.sentAt(time.now(), time.zone(me.serviceId())), FormErrors.none());
    }

    @PostMapping("/referrals/{id}/onward-referrals")
    String send(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, @ModelAttribute OnwardForm form,
                Model model, RedirectAttributes redirect) {
        Referral referral = cases.open(me, ReferralId.parse(id), model);
        ZoneId zone = time.zone(me.serviceId());
        FormErrors errors = new FormErrors();
        Optional<NewOnwardReferral> sent = form.validate(zone, errors);
        if (sent.isPresent() && sent.get().referredAt().isAfter(time.now())) {
            errors.add("sentDay", "The date and time of the referral cannot be in the future");
        }
        sent.ifPresent(o -> ClinicalDates.check(LocalDate.ofInstant(o.referredAt(), zone), "date of the referral",
                referral, time.today(me.serviceId()), "sentDay", errors));
        if (errors.any()) {
            return form(model, form, errors);
        }
        try {
            onward.send(me.serviceId(), referral.id(), sent.get(), me.staffId());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return form(model, form, errors);
        }
        redirect.addFlashAttribute("notice", "Onward referral to " + sent.get().organisation()
                + " recorded; a task to chase it has been set");
        return "redirect:/referrals/" + referral.id() + "#onward";
    }

    @GetMapping("/onward-referrals/{id}")
    String show(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        OnwardReferral o = open(me, id, model);
        return page(me, model, o, ResponseForm.on(time.today(me.serviceId()), o.version()), FormErrors.none());
    }

    @PostMapping("/onward-referrals/{id}/responses")
    String respond(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                   @ModelAttribute ResponseForm form, Model model, RedirectAttributes redirect) {
        OnwardReferral o = open(me, id, model);
        FormErrors errors = new FormErrors();
        Optional<ResponseForm.Response> response = form.validate(errors);
        if (response.isPresent()) {
            try {
                onward.respond(me.serviceId(), o.id(), form.version(), response.get().status(), response.get().on(),
                        response.get().note(), me.staffId());
                redirect.addFlashAttribute("notice", "Onward referral marked " + response.get().status().label()
                        .toLowerCase());
                return "redirect:/onward-referrals/" + o.id();
            } catch (AccessDeniedException e) {
                throw e;
            } catch (DomainException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return page(me, model, onward.get(me.serviceId(), o.id()), form, errors);
    }

    private OnwardReferral open(SignedInStaff me, String id, Model model) {
        cases.requireClinician(me);
        OnwardReferral o = onward.get(me.serviceId(), Identifier.parse(id));
        cases.open(me, o.referralId(), model);
        return o;
    }

    private static String form(Model model, OnwardForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "risk/referOn";
    }

    private String page(SignedInStaff me, Model model, OnwardReferral o, ResponseForm form, FormErrors errors) {
        model.addAttribute("onward", o);
        model.addAttribute("history", onward.history(me.serviceId(), o.id()));
        model.addAttribute("now", time.now());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "risk/onward";
    }
}
