package org.stepwise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a half-finished sign-in on the page of its next step: until the code is entered or the new
 * password chosen, every other page leads back there. Signing out and the page's own assets stay open.
 */
final class SignInStepsFilter extends OncePerRequestFilter {

    private static final List<String> ALWAYS_OPEN = List.of("/sign-out", "/webjars/", "/css/", "/js/",
            "/favicon.ico", "/favicon.svg", "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignInStep> next = SignInSteps.next(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (next.isEmpty() || path.equals(next.get().path()) || ALWAYS_OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + next.get().path());
    }
}
