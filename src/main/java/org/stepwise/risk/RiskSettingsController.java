package org.stepwise.risk;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.web.FormErrors;

/** The service lead's page for the risk time limits. */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class RiskSettingsController {

    private final RiskSettingsService settings;

    RiskSettingsController(RiskSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/service/risk")
    String form(@AuthenticationPrincipal SignedInStaff me, Model model) {
        RiskSettings current = settings.settings(me.serviceId());
        return render(model, current.version(), "" + current.flagReviewWorkingDays(), "" + current.chaseEmergencyHours(),
                "" + current.chaseUrgentHours(), "" + current.chaseRoutineWorkingDays(), FormErrors.none());
    }

    @PostMapping("/service/risk")
    String save(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) Integer version,
                @RequestParam(defaultValue = "") String flagReviewWorkingDays,
                @RequestParam(defaultValue = "") String chaseEmergencyHours,
                @RequestParam(defaultValue = "") String chaseUrgentHours,
                @RequestParam(defaultValue = "") String chaseRoutineWorkingDays, Model model,
                RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        int review = errors.wholeNumber(flagReviewWorkingDays, "flagReviewWorkingDays", 0, 5, "Working days to review a flag");
        int emergency = errors.wholeNumber(chaseEmergencyHours, "chaseEmergencyHours", 1, 24, "Hours before chasing an emergency referral");
        int urgent = errors.wholeNumber(chaseUrgentHours, "chaseUrgentHours", 1, 72, "Hours before chasing an urgent referral");
        int routine = errors.wholeNumber(chaseRoutineWorkingDays, "chaseRoutineWorkingDays", 1, 20, "Working days before chasing a routine referral");
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the settings again");
        }
        if (!errors.any()) {
            try {
                settings.change(me.serviceId(), new RiskSettings(review, emergency, urgent, routine, version), version,
                        me.staffId());
                redirect.addFlashAttribute("notice", "Risk settings saved");
                return "redirect:/service/risk";
            } catch (ConcurrentEditException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        return render(model, settings.settings(me.serviceId()).version(), flagReviewWorkingDays, chaseEmergencyHours,
                chaseUrgentHours, chaseRoutineWorkingDays, errors);
    }

    private static String render(Model model, int version, String review, String emergency, String urgent,
                                 String routine, FormErrors errors) {
        model.addAttribute("version", version);
        model.addAttribute("review", review);
        model.addAttribute("emergency", emergency);
        model.addAttribute("urgent", urgent);
        model.addAttribute("routine", routine);
        model.addAttribute("errors", errors);
        return "risk/settings";
    }
}
