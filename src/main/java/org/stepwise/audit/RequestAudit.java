package org.stepwise.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The audit events of one page request. Events that modules record while the page is being built wait here and
 * are written together with the page's own event, in one short transaction after the controller has finished; and
 * when a module has recorded something precise, the page's coarser event of the same kind is left out.
 */
final class RequestAudit {

    private static final String ATTRIBUTE = RequestAudit.class.getName();

    private final List<AuditEvent> pending = new ArrayList<>();
    private final Set<AuditAction> recordedByModules = EnumSet.noneOf(AuditAction.class);

    /** Only requests that pass the page interceptor get one, so nothing waits for a writer that never comes. */
    static RequestAudit start(HttpServletRequest request) {
        RequestAudit audit = new RequestAudit();
        request.setAttribute(ATTRIBUTE, audit);
        return audit;
    }

    static Optional<RequestAudit> of(HttpServletRequest request) {
        return Optional.ofNullable((RequestAudit) request.getAttribute(ATTRIBUTE));
    }

    static Optional<RequestAudit> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((RequestAudit) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    synchronized void queue(AuditEvent event) {
        pending.add(event);
        recordedByModules.add(event.action());
    }

    /** A module recorded a change in its own transaction. */
    synchronized void noteRecorded(AuditAction action) {
        recordedByModules.add(action);
    }

    synchronized boolean recordedByModule(AuditAction action) {
        return recordedByModules.contains(action);
    }

    synchronized List<AuditEvent> drain() {
        List<AuditEvent> events = List.copyOf(pending);
        pending.clear();
        return events;
    }
}
