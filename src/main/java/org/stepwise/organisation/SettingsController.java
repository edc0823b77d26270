package org.stepwise.organisation;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.Role;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.web.FormErrors;

/** The service lead's page for how the service runs. */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class SettingsController {

    private final Services services;
    private final StaffDirectory staff;

    SettingsController(Services services, StaffDirectory staff) {
        this.services = services;
        this.staff = staff;
    }

    @GetMapping("/service/settings")
    String show(@AuthenticationPrincipal SignedInStaff me, Model model) {
        ServiceSettings settings = services.settings(me.serviceId());
        return form(me, model, settings, SettingsForm.of(settings), FormErrors.none());
    }

    @PostMapping("/service/settings")
    String save(@AuthenticationPrincipal SignedInStaff me, @ModelAttribute SettingsForm form, Model model,
                RedirectAttributes redirect) {
        ServiceSettings current = services.settings(me.serviceId());
        FormErrors errors = new FormErrors();
        Optional<ServiceSettingsChange> change = form.validate(errors);
        if (change.isPresent()) {
            Optional<Staff> holder = staff.find(me.serviceId(), change.get().unallocatedResponsible());
            if (holder.isEmpty() || !holder.get().enabled()) {
                errors.add("unallocatedResponsible", "Select a current member of staff");
            }
        }
        if (errors.any()) {
            return form(me, model, current, form, errors);
        }
        try {
            services.change(me.serviceId(), change.get(), me.staffId());
        } catch (ConcurrentEditException e) {
            errors.add(FormErrors.FORM, e.getMessage());
            ServiceSettings latest = services.settings(me.serviceId());
            return form(me, model, latest, SettingsForm.of(latest), errors);
        }
        redirect.addFlashAttribute("notice", "Service settings saved");
        return "redirect:/service/settings";
    }

    private String form(SignedInStaff me, Model model, ServiceSettings settings, SettingsForm form, FormErrors errors) {
        model.addAttribute("settings", settings);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("clinicians", staff.all(me.serviceId()).stream()
                .filter(s -> s.enabled() && !s.roles().equals(java.util.Set.of(Role.ADMINISTRATOR))).toList());
        return "organisation/settings";
    }
}
