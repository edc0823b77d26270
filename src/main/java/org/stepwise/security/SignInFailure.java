package org.stepwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page with the one thing the person can act on. A wrong
 * user name and a wrong password read the same; a disabled account is named only after its password
 * was right, so the message tells nothing to someone who does not know the password.
 */
final class SignInFailure implements AuthenticationFailureHandler {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        redirect.sendRedirect(request, response, target(request, failure));
    }

    private static String target(HttpServletRequest request, AuthenticationException failure) {
        if (failure instanceof LockedException) {
            return "/sign-in?locked";
        }
        if (failure instanceof DisabledException) {
            return "/sign-in?disabled";
        }
        if (failure instanceof UnrecognisedIdentityException unknown) {
            request.getSession().setAttribute(OrganisationSignIn.UNRECOGNISED_IDENTITY, unknown.identity());
            return "/sign-in/not-recognised";
        }
        if (failure instanceof OAuth2AuthenticationException) {
            return "/sign-in?organisation-failed";
        }
        return "/sign-in?error";
    }
}
