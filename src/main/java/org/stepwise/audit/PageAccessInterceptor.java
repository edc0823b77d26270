package org.stepwise.audit;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.stepwise.security.SignedInStaff;

/**
 * Audits every page with patient data without touching the modules that serve it. A page's read is written after
 * its controller has finished and before its view renders, so a page whose audit event cannot be written is never
 * shown. A form's change is written once the form has saved and redirected; a refusal once the 403 page is done.
 */
@Component
class PageAccessInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PageAccessInterceptor.class);
    private static final String REDIRECT = "redirect:";

    private final PageEvents pageEvents;
    private final AuditWriter writer;

    PageAccessInterceptor(PageEvents pageEvents, AuditWriter writer) {
        this.pageEvents = pageEvents;
        this.writer = writer;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RequestAudit.start(request);
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        RequestAudit audit = RequestAudit.of(request).orElse(null);
        if (audit == null) {
            return;
        }
        List<AuditEvent> events = new ArrayList<>(audit.drain());
        SignedInStaff me = signedIn();
        Optional<AuditedRoute> route = route(request);
        if (me != null && route.isPresent() && view != null && view.getViewName() != null) {
            pageEvent(request, me, route.get(), view, audit).ifPresent(events::add);
        }
        writer.writeNow(events);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        RequestAudit audit = RequestAudit.of(request).orElse(null);
        if (audit == null) {
            return;
        }
        List<AuditEvent> events = new ArrayList<>(audit.drain());
        SignedInStaff me = signedIn();
        if (me != null && status(request, response) == 403 && !audit.recordedByModule(AuditAction.DENIED)) {
            Optional<AuditedRoute> route = route(request);
            String via = route.map(AuditedRoute::via).orElseGet(() -> refused(request));
            events.add(pageEvents.denied(request, me, route.orElse(null), variables(request), via));
        }
        try {
            writer.writeNow(events);
        } catch (RuntimeException e) {
            // The response has gone; all that is left is to make the missing event visible to the operators.
            log.error("Could not write {} audit event(s) after a request", events.size(), e);
        }
    }

    private Optional<AuditEvent> pageEvent(HttpServletRequest request, SignedInStaff me, AuditedRoute route,
                                           ModelAndView view, RequestAudit audit) {
        String name = view.getViewName();
        if (name.startsWith(REDIRECT)) {
            if (route.change() == null || audit.recordedByModule(route.change())) {
                return Optional.empty();
            }
            return Optional.of(pageEvents.change(request, me, route, variables(request), name));
        }
        if (audit.recordedByModule(AuditAction.READ)) {
            return Optional.empty();
        }
        return pageEvents.read(request, me, route, variables(request), view.getModel());
    }

    private static Optional<AuditedRoute> route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? Optional.empty() : AuditedRoutes.find(request.getMethod(), pattern.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> variables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    /** On the error page the container forwards to, the refusal's status and address are request attributes. */
    private static int status(HttpServletRequest request, HttpServletResponse response) {
        int status = response.getStatus();
        if (status < 400 && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            return code;
        }
        return status;
    }

    /**
     * The refused address; after a filter's refusal, only its path: the container's error dispatch does not keep the
     * original method. Paths carry opaque ids only, and query strings (which may hold a name typed into a filter)
     * are never kept.
     */
    private static String refused(HttpServletRequest request) {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getMethod() + " " + request.getRequestURI();
        return path.length() > 200 ? path.substring(0, 200) : path;
    }

    private static SignedInStaff signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInStaff me ? me : null;
    }
}
