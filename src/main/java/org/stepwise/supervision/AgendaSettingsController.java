package org.stepwise.supervision;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** The service lead's page for the supervision agenda's rules and numbers. */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class AgendaSettingsController {

    private final AgendaSettingsService settings;

    AgendaSettingsController(AgendaSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/service/supervision")
    String form(@AuthenticationPrincipal SignedInStaff me, Model model) {
        return render(model, AgendaSettingsForm.of(settings.settings(me.serviceId())), FormErrors.none());
    }

    @PostMapping("/service/supervision")
    String save(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) Integer version,
                @RequestParam Map<String, String> params,
                @RequestParam(name = "rulesOn", required = false) List<String> rulesOn, Model model,
                RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Map<String, String> numbers = new LinkedHashMap<>();
        AgendaSettingsForm.NUMBERS.forEach(n -> numbers.put(n.field(), params.getOrDefault(n.field(), "")));
        AgendaSettingsForm form = new AgendaSettingsForm(numbers, chosen(rulesOn, errors),
                version == null ? -1 : version);
        if (version == null) {
            errors.add(FormErrors.FORM, "The form was incomplete: open the settings again");
        }
        AgendaSettings changed = form.parse(errors);
        if (!errors.any()) {
            try {
                settings.change(me.serviceId(), changed, version, me.staffId());
                redirect.addFlashAttribute("notice", "Supervision settings saved");
                return "redirect:/service/supervision";
            } catch (ConcurrentEditException e) {
                errors.add(FormErrors.FORM, e.getMessage());
            }
        }
        AgendaSettingsForm shown = new AgendaSettingsForm(numbers, form.rulesOn(),
                settings.settings(me.serviceId()).version());
        return render(model, shown, errors);
    }

    private static Set<AgendaReason> chosen(List<String> names, FormErrors errors) {
        Set<AgendaReason> on = EnumSet.copyOf(AgendaSettings.ALWAYS_ON);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                on.add(AgendaReason.valueOf(name));
            } catch (IllegalArgumentException e) {
                errors.add("rulesOn", "Choose rules from the list");
            }
        }
        return on;
    }

    private static String render(Model model, AgendaSettingsForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "supervision/settings";
    }
}
