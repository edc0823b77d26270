package org.stepwise.staff;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.StaffId;

/**
 * The service lead's page for one member of staff's account: disable or enable it (disabling ends the
 * person's sessions at once), link it to the organisation's identity provider, reset two-step sign-in.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class StaffAccountController {

    private final StaffDirectory directory;
    private final Accounts accounts;
    private final TwoStepSignIn twoStep;

    StaffAccountController(StaffDirectory directory, Accounts accounts, TwoStepSignIn twoStep) {
        this.directory = directory;
        this.accounts = accounts;
        this.twoStep = twoStep;
    }

    @GetMapping("/staff/{id}")
    String show(@AuthenticationPrincipal SignedInStaff me, @PathVariable("id") String staffId, Model model) {
        StaffId id = StaffId.parse(staffId);
        Staff staff = directory.get(me.serviceId(), id);
        model.addAttribute("staff", staff);
        model.addAttribute("account", accounts.get(me.serviceId(), id));
        model.addAttribute("self", id.equals(me.staffId()));
        return "staff/account";
    }

    @PostMapping("/staff/{id}/disable")
    String disable(@AuthenticationPrincipal SignedInStaff me, @PathVariable("id") String staffId,
                   RedirectAttributes redirect) {
        StaffId id = StaffId.parse(staffId);
        accounts.disable(me.serviceId(), id, me.staffId());
        return done(id, redirect, "The account is disabled and its sessions have ended");
    }

    @PostMapping("/staff/{id}/enable")
    String enable(@AuthenticationPrincipal SignedInStaff me, @PathVariable("id") String staffId,
                   RedirectAttributes redirect) {
        StaffId id = StaffId.parse(staffId);
        accounts.enable(me.serviceId(), id, me.staffId());
        return done(id, redirect, "The account is enabled");
    }

    @PostMapping("/staff/{id}/organisation-identity")
    String link(@AuthenticationPrincipal SignedInStaff me, @PathVariable("id") String staffId,
                @RequestParam(defaultValue = "") String identity, RedirectAttributes redirect) {
        StaffId id = StaffId.parse(staffId);
        accounts.linkOrganisationIdentity(me.serviceId(), id, identity, me.staffId());
        return done(id, redirect, identity.isBlank() ? "The organisation sign-in link is removed"
                : "The organisation sign-in identity is saved");
    }

    @PostMapping("/staff/{id}/two-step/reset")
    String resetTwoStep(@AuthenticationPrincipal SignedInStaff me, @PathVariable("id") String staffId,
                        RedirectAttributes redirect) {
        StaffId id = StaffId.parse(staffId);
        twoStep.reset(me.serviceId(), id, me.staffId());
        return done(id, redirect, "Two-step sign-in is reset. The person's sessions have ended");
    }

    private static String done(StaffId id, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/staff/" + id;
    }
}
