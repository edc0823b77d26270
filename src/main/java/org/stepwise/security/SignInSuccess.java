package org.stepwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After a sign-in: note when it happened (for the absolute lifetime), set out the steps still owed, and
 * go to the first of them or to the home page. Sign-ins through an identity provider owe no steps: the
 * provider has already checked the person as strongly as it was asked to.
 */
final class SignInSuccess implements AuthenticationSuccessHandler {

    private final Clock clock;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    SignInSuccess(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        SignInNeeds needs = authentication.getPrincipal() instanceof SignedInStaff staff ? staff.needs()
                : SignInNeeds.NOTHING;
        SignInSteps.begin(request.getSession(), needs, clock.instant());
        request.getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        redirect.sendRedirect(request, response, SignInSteps.next(request).map(SignInStep::path).orElse("/"));
    }
}
