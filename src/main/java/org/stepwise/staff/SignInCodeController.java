package org.stepwise.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.security.SignInStep;
import org.stepwise.security.SignInSteps;
import org.stepwise.security.SignInThrottle;
import org.stepwise.security.SignedInStaff;
import org.stepwise.web.FormErrors;

/**
 * The second step of a sign-in for someone with an authenticator app. Wrong codes count towards the
 * same lock as wrong passwords, so six digits cannot be guessed at leisure, and each is reported as a
 * failed authentication for the audit trail.
 */
@Controller
class SignInCodeController {

    private final TwoStepSignIn twoStep;
    private final SignInThrottle throttle;
    private final AuthenticationEventPublisher events;

    SignInCodeController(TwoStepSignIn twoStep, SignInThrottle throttle, AuthenticationEventPublisher events) {
        this.twoStep = twoStep;
        this.throttle = throttle;
        this.events = events;
    }

    @GetMapping("/sign-in/code")
    String show(HttpServletRequest request, Model model) {
        if (!SignInSteps.isPending(request, SignInStep.ENTER_CODE)) {
            return "redirect:/";
        }
        model.addAttribute("errors", FormErrors.none());
        return "signin/code";
    }

    @PostMapping("/sign-in/code")
    String check(@AuthenticationPrincipal SignedInStaff me, @RequestParam(defaultValue = "") String code,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!SignInSteps.isPending(request, SignInStep.ENTER_CODE)) {
            return "redirect:/";
        }
        if (throttle.isLocked(me.getUsername())) {
            return SignOut.locked(request, response);
        }
        FormErrors errors = new FormErrors();
        if (code.isBlank()) {
            errors.add("code", "Enter the code from your authenticator app");
        } else if (twoStep.verify(me.serviceId(), me.staffId(), code)) {
            throttle.reset(me.getUsername());
            return "redirect:" + SignInSteps.complete(request, SignInStep.ENTER_CODE);
        } else {
            events.publishAuthenticationFailure(new BadCredentialsException("Wrong authenticator code"),
                    SecurityContextHolder.getContext().getAuthentication());
            if (throttle.recordFailure(me.getUsername())) {
                return SignOut.locked(request, response);
            }
            errors.add("code", "The code is not right. Enter the 6-digit code your authenticator app shows now");
        }
        model.addAttribute("errors", errors);
        return "signin/code";
    }
}
