package org.stepwise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a sign-in once it is older than the absolute session lifetime, however active it has been
 * (the idle timeout alone would let a busy session live for ever). The age counts from the sign-in
 * rather than from the session's creation, because the session begins earlier, on the sign-in page,
 * to carry its CSRF token.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String ENDED = "/sign-in?ended";

    private final Clock clock;
    private final Duration lifetime;

    SessionLifetimeFilter(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<Instant> signedIn = session == null ? Optional.empty() : SignInSteps.signedInAt(session);
        if (signedIn.isPresent() && !clock.instant().isBefore(signedIn.get().plus(lifetime))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            // A fresh session straight away, so the browser drops the ended one's cookie.
            request.getSession(true);
            response.sendRedirect(request.getContextPath() + ENDED);
            return;
        }
        chain.doFilter(request, response);
    }
}
