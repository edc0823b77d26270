package org.stepwise.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.security.OrganisationSignIn;
import org.stepwise.security.SecuritySettings;

/**
 * The sign-in page, with the one message that fits how the last attempt ended. The lockout message names
 * the configured lock period: it is the same for every user name typed, known or not, and is published
 * in the documentation, so it tells a guesser nothing, while it saves staff from retrying too early.
 */
@Controller
class SignInController {

    private final ObjectProvider<OrganisationSignIn> organisation;
    private final SecuritySettings settings;

    SignInController(ObjectProvider<OrganisationSignIn> organisation, SecuritySettings settings) {
        this.organisation = organisation;
        this.settings = settings;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error,
                  @RequestParam(name = "signed-out", required = false) String signedOut,
                  @RequestParam(required = false) String locked,
                  @RequestParam(required = false) String disabled,
                  @RequestParam(required = false) String ended,
                  @RequestParam(name = "organisation-failed", required = false) String organisationFailed,
                  Model model) {
        String problem = error != null ? "The user name or password is not right"
                : locked != null ? "You have tried to sign in too many times. Wait " + period(settings.lockout())
                        + ", then try again"
                : disabled != null ? "Your account is disabled. Ask your service lead if you need it again"
                : organisationFailed != null ? "Signing in through your organisation did not work. Try again, or "
                        + "sign in with your Stepwise user name and password"
                : null;
        model.addAttribute("problem", problem);
        model.addAttribute("failed", problem != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("ended", ended != null);
        model.addAttribute("organisation", organisation.getIfAvailable());
        return "signin";
    }

    @GetMapping("/sign-in/not-recognised")
    String notRecognised(HttpServletRequest request, Model model) {
        model.addAttribute("identity", OrganisationSignIn.unrecognisedIdentity(request).orElse(null));
        return "signin/notRecognised";
    }

    static String period(Duration duration) {
        long minutes = Math.max(1, duration.toMinutes());
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
