package org.stepwise.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/** Ends the session there and then, for a sign-in locked part-way through (too many wrong codes). */
final class SignOut {

    static final String LOCKED = "redirect:/sign-in?locked";

    private SignOut() {
    }

    static String locked(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response,
                SecurityContextHolder.getContext().getAuthentication());
        return LOCKED;
    }
}
