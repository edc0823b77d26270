package org.stepwise.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.SignInStep;
import org.stepwise.security.SignInSteps;
import org.stepwise.security.SignInThrottle;
import org.stepwise.security.SignedInStaff;
import org.stepwise.web.FormErrors;

/** "Change your password", for anyone signed in, and the forced change after a password set by someone else. */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final SignInThrottle throttle;

    PasswordController(Accounts accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @GetMapping("/account/password")
    String show(HttpServletRequest request, Model model) {
        return form(request, model, FormErrors.none());
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal SignedInStaff me, @ModelAttribute PasswordForm form,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (blank(form.currentPassword())) {
            errors.add("currentPassword", "Enter your current password");
        } else if (!accounts.isCurrentPassword(me.serviceId(), me.staffId(), form.currentPassword())) {
            // A wrong current password counts as a failed sign-in, so an unattended session cannot be used to guess it.
            if (throttle.recordFailure(me.getUsername())) {
                return SignOut.locked(request, response);
            }
            errors.add("currentPassword", "Your current password is not right");
        }
        if (blank(form.newPassword())) {
            errors.add("newPassword", "Enter a new password");
        } else {
            accounts.problemWith(me.serviceId(), me.getUsername(), form.newPassword())
                    .ifPresent(problem -> errors.add("newPassword", problem.message()));
            if (!errors.has("newPassword") && form.newPassword().equals(form.currentPassword())) {
                errors.add("newPassword", "Your new password must be different from your current password");
            }
        }
        if (blank(form.confirmPassword())) {
            errors.add("confirmPassword", "Enter your new password again");
        } else if (!errors.has("newPassword") && !form.confirmPassword().equals(form.newPassword())) {
            errors.add("confirmPassword", "The new passwords do not match");
        }
        if (errors.any()) {
            return form(request, model, errors);
        }
        accounts.changePassword(me.serviceId(), me.staffId(), form.newPassword(), request.getSession().getId());
        throttle.reset(me.getUsername());
        redirect.addFlashAttribute("notice", "Your password has been changed");
        return "redirect:" + SignInSteps.complete(request, SignInStep.CHANGE_PASSWORD);
    }

    private static String form(HttpServletRequest request, Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("required", SignInSteps.isPending(request, SignInStep.CHANGE_PASSWORD));
        return "staff/password";
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }
}
