package org.stepwise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells someone whose browser still holds a session the server has ended (idle timeout, restart) that
 * their session has ended, rather than only asking them to sign in. A request with no session at all
 * is left alone, so a form posted without any session still meets the CSRF check's plain refusal.
 */
final class EndedSessionFilter extends OncePerRequestFilter {

    private static final List<String> ASSETS = List.of("/webjars/", "/css/", "/js/", "/favicon.");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if (!ended || ASSETS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        // A fresh session straight away, so the browser replaces the ended one's cookie.
        request.getSession(true);
        response.sendRedirect(request.getContextPath() + SessionLifetimeFilter.ENDED);
    }
}
