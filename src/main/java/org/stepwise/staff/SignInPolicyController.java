package org.stepwise.staff;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.SignedInStaff;

/** Whether the service requires two-step sign-in of everyone who signs in with a password. */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class SignInPolicyController {

    private final TwoStepSignIn twoStep;

    SignInPolicyController(TwoStepSignIn twoStep) {
        this.twoStep = twoStep;
    }

    @GetMapping("/staff/sign-in-policy")
    String show(@AuthenticationPrincipal SignedInStaff me, Model model) {
        model.addAttribute("required", twoStep.required(me.serviceId()));
        model.addAttribute("available", twoStep.available());
        return "staff/signInPolicy";
    }

    @PostMapping("/staff/sign-in-policy")
    String save(@AuthenticationPrincipal SignedInStaff me, @RequestParam(defaultValue = "false") boolean required,
                RedirectAttributes redirect) {
        twoStep.require(me.serviceId(), required, me.staffId());
        redirect.addFlashAttribute("notice", required
                ? "Two-step sign-in is required. Staff without an authenticator app set one up at their next sign-in"
                : "Two-step sign-in is optional");
        return "redirect:/staff/sign-in-policy";
    }
}
