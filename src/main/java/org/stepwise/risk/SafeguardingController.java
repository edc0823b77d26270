package org.stepwise.risk;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.referral.Referral;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.web.FormErrors;

/** Raising a safeguarding concern, and everything done about it until it is closed. */
@Controller
class SafeguardingController {

    private final Safeguarding safeguarding;
    private final Clinicians clinicians;
    private final CasePage cases;
    private final RiskClock time;

    SafeguardingController(Safeguarding safeguarding, Clinicians clinicians, CasePage cases, RiskClock time) {
        this.safeguarding = safeguarding;
        this.clinicians = clinicians;
        this.cases = cases;
        this.time = time;
    }

    @GetMapping("/referrals/{id}/safeguarding/new")
    String raiseForm(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        cases.open(me, ReferralId.parse(id), model);
        return raise(me, model, ConcernForm.ownedBy(me.staffId(), time.today(me.serviceId())), FormErrors.none());
    }

    @PostMapping("/referrals/{id}/safeguarding")
    String raise(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, @ModelAttribute ConcernForm form,
                 Model model, RedirectAttributes redirect) {
        Referral referral = cases.open(me, ReferralId.parse(id), model);
        FormErrors errors = new FormErrors();
        Optional<NewConcern> concern = form.validate(errors);
        concern.ifPresent(c -> ClinicalDates.check(c.noticedOn(), "date the concern arose", referral,
                time.today(me.serviceId()), "noticedDay", errors));
        if (errors.any()) {
            return raise(me, model, form, errors);
        }
        UUID created;
        try {
            created = safeguarding.raise(me.serviceId(), referral.id(), concern.get(), me.staffId());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (DomainException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            return raise(me, model, form, errors);
        }
        redirect.addFlashAttribute("notice", "Safeguarding concern raised");
        return "redirect:/safeguarding/" + created;
    }

    @GetMapping("/safeguarding/{id}")
    String show(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, Model model) {
        Concern concern = open(me, id, model);
        return page(me, model, concern, ActionForm.on(time.today(me.serviceId()), concern.version()), "", "", "",
                FormErrors.none());
    }

    @PostMapping("/safeguarding/{id}/actions")
    String act(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id, @ModelAttribute ActionForm form,
               Model model, RedirectAttributes redirect) {
        Concern concern = open(me, id, model);
        FormErrors errors = new FormErrors();
        Optional<NewAction> action = form.validate(errors);
        if (action.isPresent()) {
            try {
                safeguarding.act(me.serviceId(), concern.id(), form.version(), action.get(), me.staffId());
                redirect.addFlashAttribute("notice", "Action recorded: " + action.get().kind().label());
                return "redirect:/safeguarding/" + concern.id();
            } catch (AccessDeniedException e) {
                throw e;
            } catch (DomainException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return page(me, model, safeguarding.get(me.serviceId(), concern.id()), form, "", "", "", errors);
    }

    @PostMapping("/safeguarding/{id}/owner")
    String handOver(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                    @RequestParam(defaultValue = "") String newOwner, @RequestParam(defaultValue = "") String note,
                    @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
        Concern concern = open(me, id, model);
        FormErrors errors = new FormErrors();
        StaffId to = null;
        try {
            to = StaffId.parse(newOwner);
        } catch (DomainException e) {
            errors.add("newOwner", "Select who takes the concern over");
        }
        Text.optional(note, "note", Text.LONG, errors);
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the concern again");
        }
        if (!errors.any()) {
            try {
                safeguarding.handOver(me.serviceId(), concern.id(), version, to, note, me.staffId());
                redirect.addFlashAttribute("notice", "Concern handed over");
                return "redirect:/safeguarding/" + concern.id();
            } catch (AccessDeniedException e) {
                throw e;
            } catch (DomainException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return page(me, model, safeguarding.get(me.serviceId(), concern.id()),
                ActionForm.on(time.today(me.serviceId()), concern.version()), newOwner, note, "", errors);
    }

    @PostMapping("/safeguarding/{id}/close")
    String close(@AuthenticationPrincipal SignedInStaff me, @PathVariable String id,
                 @RequestParam(defaultValue = "") String outcome, @RequestParam(required = false) Integer version,
                 Model model, RedirectAttributes redirect) {
        Concern concern = open(me, id, model);
        FormErrors errors = new FormErrors();
        Text.required(outcome, "outcome", "Say what the outcome was and why the concern can be closed", Text.LONG,
                errors);
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the concern again");
        }
        if (!errors.any()) {
            try {
                safeguarding.close(me.serviceId(), concern.id(), version, outcome, me.staffId());
                redirect.addFlashAttribute("notice", "Safeguarding concern closed");
                return "redirect:/safeguarding/" + concern.id();
            } catch (AccessDeniedException e) {
                throw e;
            } catch (DomainException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return page(me, model, safeguarding.get(me.serviceId(), concern.id()),
                ActionForm.on(time.today(me.serviceId()), concern.version()), "", "", outcome, errors);
    }

    private Concern open(SignedInStaff me, String id, Model model) {
        cases.requireClinician(me);
        Concern concern = safeguarding.get(me.serviceId(), Identifier.parse(id));
        cases.open(me, concern.referralId(), model);
        return concern;
    }

    private String raise(SignedInStaff me, Model model, ConcernForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("clinicians", clinicians.all(me.serviceId()));
        model.addAttribute("errors", errors);
        return "risk/raiseConcern";
    }

    private String page(SignedInStaff me, Model model, Concern concern, ActionForm action, String newOwner,
                        String note, String outcome, FormErrors errors) {
        model.addAttribute("concern", concern);
        model.addAttribute("history", safeguarding.history(me.serviceId(), concern.id()));
        model.addAttribute("clinicians", clinicians.all(me.serviceId()));
        model.addAttribute("action", action);
        model.addAttribute("newOwner", newOwner);
        model.addAttribute("note", note);
        model.addAttribute("outcome", outcome);
        model.addAttribute("errors", errors);
        return "risk/concern";
    }
}
