package org.stepwise.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.Base32;
import org.stepwise.security.SignInStep;
import org.stepwise.security.SignInSteps;
import org.stepwise.security.SignedInStaff;
import org.stepwise.web.FormErrors;

/**
 * Setting up an authenticator app: a new secret shown as a QR code and as text, kept in the session
 * (never stored) until the person proves their app holds it by typing its code.
 */
@Controller
class TwoStepController {

    static final String ISSUER = "Stepwise";
    private static final String PENDING_SECRET = TwoStepController.class.getName() + ".secret";

    private final TwoStepSignIn twoStep;
    private final Accounts accounts;

    TwoStepController(TwoStepSignIn twoStep, Accounts accounts) {
        this.twoStep = twoStep;
        this.accounts = accounts;
    }

    @GetMapping("/account/two-step")
    String show(@AuthenticationPrincipal SignedInStaff me, HttpServletRequest request, Model model) {
        return page(me, request, model, FormErrors.none());
    }

    @PostMapping("/account/two-step")
    String confirm(@AuthenticationPrincipal SignedInStaff me, @RequestParam(defaultValue = "") String code,
                   HttpServletRequest request, Model model, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        if (!(session.getAttribute(PENDING_SECRET) instanceof byte[] secret)) {
            return "redirect:/account/two-step";
        }
        FormErrors errors = new FormErrors();
        if (code.isBlank()) {
            errors.add("code", "Enter the code from your authenticator app");
        } else if (!twoStep.confirm(me.serviceId(), me.staffId(), secret, code, session.getId())) {
            errors.add("code", "The code is not right. Check the app has the key from this page, then enter the "
                    + "6-digit code it shows now");
        }
        if (errors.any()) {
            return page(me, request, model, errors);
        }
        session.removeAttribute(PENDING_SECRET);
        redirect.addFlashAttribute("notice", "Two-step sign-in is set up. You will be asked for a code each time "
                + "you sign in");
        return "redirect:" + SignInSteps.complete(request, SignInStep.SET_UP_TWO_STEP);
    }

    private String page(SignedInStaff me, HttpServletRequest request, Model model, FormErrors errors) {
        boolean setUp = accounts.get(me.serviceId(), me.staffId()).twoStepSetUp();
        model.addAttribute("errors", errors);
        model.addAttribute("setUp", setUp);
        model.addAttribute("available", twoStep.available());
        model.addAttribute("required", SignInSteps.isPending(request, SignInStep.SET_UP_TWO_STEP));
        model.addAttribute("secret", null);
        model.addAttribute("qrCode", null);
        if (!setUp && twoStep.available()) {
            HttpSession session = request.getSession();
            // The same secret on reload, so an app that already scanned it keeps working.
            byte[] secret = session.getAttribute(PENDING_SECRET) instanceof byte[] kept ? kept : twoStep.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
            String key = Base32.encode(secret);
            model.addAttribute("secret", key.replaceAll("(.{4})(?=.)", "$1 "));
            model.addAttribute("qrCode", QrCode.svg(otpauth(me.getUsername(), key),
                    "QR code to scan with your authenticator app"));
        }
        return "staff/twoStep";
    }

    /** The key-URI format authenticator apps read from a QR code. */
    static String otpauth(String username, String base32Secret) {
        String label = encode(ISSUER + ":" + username);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
