package org.stepwise.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.PatientId;

/** Turns a page request on an {@link AuditedRoute} into its audit event: a read, a change or a refusal. */
@Component
class PageEvents {

    private static final Pattern REDIRECT_TO_RECORD = Pattern.compile("redirect:/[a-z-]+/([0-9a-f-]{36})(?:[#?].*)?");

    private final PatientLookup lookup;
    private final ClientAddress addresses;
    private final Clock clock;

    PageEvents(PatientLookup lookup, ClientAddress addresses, Clock clock) {
        this.lookup = lookup;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** A page that rendered: its own patient, and every other patient it listed. */
    Optional<AuditEvent> read(HttpServletRequest request, SignedInStaff me, AuditedRoute route,
                              Map<String, String> variables, Map<String, Object> model) {
        String id = route.variable() == null ? null : variables.get(route.variable());
        PatientId patient = patientOf(me, route, id);
        List<Object> shownIds = ShownIds.in(route.shownIn().stream().map(model::get).toList());
        List<PatientId> shown = new ArrayList<>(lookup.patientsOf(me.serviceId(), shownIds));
        shown.remove(patient);
        if (!route.list() && patient == null && shown.isEmpty()) {
            return Optional.empty();
        }
        AuditEvent.Builder event = start(AuditAction.READ, request, me, route)
                .patient(patient).record(AuditedRecord.of(route.recordType(), id));
        if (route.list() || !shown.isEmpty()) {
            event.listing(shown);
        }
        return Optional.of(event.build());
    }

    /** A form that saved and redirected: its change has committed in the module's own transaction. */
    AuditEvent change(HttpServletRequest request, SignedInStaff me, AuditedRoute route, Map<String, String> variables,
                      String redirect) {
        String id = route.variable() == null ? null : variables.get(route.variable());
        String created = route.idFromRedirect() ? createdId(redirect) : null;
        PatientId patient = route.target() == AuditedRoute.Target.NEW_PATIENT
                ? (created == null ? null : PatientId.parse(created)) : patientOf(me, route, id);
        String recordId = route.idFromRedirect() ? created
                : route.recordType().equals(route.target().name()) ? id : null;
        return start(route.change(), request, me, route).patient(patient)
                .record(AuditedRecord.of(route.recordType(), recordId)).build();
    }

    /** A refused request; {@code route} is null when the refused address is not a page the trail knows. */
    AuditEvent denied(HttpServletRequest request, SignedInStaff me, AuditedRoute route, Map<String, String> variables,
                      String via) {
        AuditEvent.Builder event = AuditEvent.of(AuditAction.DENIED, clock.instant())
                .by(me.serviceId(), me.staffId(), me.roles()).from(addresses.of(request)).detail(Map.of("via", via));
        if (route != null) {
            String id = route.variable() == null ? null : variables.get(route.variable());
            event.patient(patientOf(me, route, id)).record(AuditedRecord.of(route.recordType(), id));
        }
        return event.build();
    }

    private AuditEvent.Builder start(AuditAction action, HttpServletRequest request, SignedInStaff me,
                                     AuditedRoute route) {
        return AuditEvent.of(action, clock.instant()).by(me.serviceId(), me.staffId(), me.roles())
                .from(addresses.of(request)).detail(Map.of("via", route.via()));
    }

    private PatientId patientOf(SignedInStaff me, AuditedRoute route, String id) {
        UUID uuid = uuidOrNull(id);
        if (uuid == null) {
            return null;
        }
        return switch (route.target()) {
            case PATIENT -> new PatientId(uuid);
            case REFERRAL -> lookup.ofReferral(me.serviceId(), uuid).orElse(null);
            case APPOINTMENT -> lookup.ofReferralRecord("appointment", me.serviceId(), uuid).orElse(null);
            case RISK_FLAG -> lookup.ofReferralRecord("risk_flag", me.serviceId(), uuid).orElse(null);
            case SAFEGUARDING_CONCERN ->
                    lookup.ofReferralRecord("safeguarding_concern", me.serviceId(), uuid).orElse(null);
            case ONWARD_REFERRAL -> lookup.ofReferralRecord("onward_referral", me.serviceId(), uuid).orElse(null);
            case TASK -> lookup.ofReferralRecord("task", me.serviceId(), uuid).orElse(null);
            case NEW_PATIENT, NONE -> null;
        };
    }

    private static String createdId(String redirect) {
        Matcher m = REDIRECT_TO_RECORD.matcher(redirect == null ? "" : redirect);
        return m.matches() && uuidOrNull(m.group(1)) != null ? m.group(1) : null;
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
