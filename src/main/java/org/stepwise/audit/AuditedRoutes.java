package org.stepwise.audit;

import static org.stepwise.audit.AuditAction.CREATE;
import static org.stepwise.audit.AuditAction.UPDATE;
import static org.stepwise.audit.AuditedRoute.Target.APPOINTMENT;
import static org.stepwise.audit.AuditedRoute.Target.ONWARD_REFERRAL;
import static org.stepwise.audit.AuditedRoute.Target.NEW_PATIENT;
import static org.stepwise.audit.AuditedRoute.Target.PATIENT;
import static org.stepwise.audit.AuditedRoute.Target.REFERRAL;
import static org.stepwise.audit.AuditedRoute.Target.RISK_FLAG;
import static org.stepwise.audit.AuditedRoute.Target.SAFEGUARDING_CONCERN;
import static org.stepwise.audit.AuditedRoute.Target.TASK;
import static org.stepwise.audit.AuditedRoute.form;
import static org.stepwise.audit.AuditedRoute.list;
import static org.stepwise.audit.AuditedRoute.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every page that shows patient data and every form that changes it, until the modules that own them record their
 * own events through {@link AuditTrail}. A new page with patient data needs one line here (and one in the test).
 */
final class AuditedRoutes {

    static final List<AuditedRoute> ALL = List.of(
            page("/patients/{id}", PATIENT, "PATIENT"),
            page("/patients/{id}/edit", PATIENT, "PATIENT"),
            page("/patients/{id}/referrals/new", PATIENT, "PATIENT"),
            page("/referrals/{id}", REFERRAL, "REFERRAL"),
            page("/referrals/{id}/edit", REFERRAL, "REFERRAL"),
            page("/referrals/{id}/step", REFERRAL, "REFERRAL"),
            page("/referrals/{id}/appointments/new", REFERRAL, "REFERRAL"),
            page("/triage/{id}", REFERRAL, "REFERRAL"),
            page("/appointments/{id}", APPOINTMENT, "APPOINTMENT"),
            page("/appointments/{id}/outcome", APPOINTMENT, "APPOINTMENT"),
            page("/appointments/{id}/rebook", APPOINTMENT, "APPOINTMENT"),
            page("/audit/patients/{id}", PATIENT, "AUDIT_REPORT"),
            page("/referrals/{id}/discharge", REFERRAL, "REFERRAL"),
            page("/referrals/{id}/measures/new", REFERRAL, "QUESTIONNAIRE"),
            page("/referrals/{id}/responsibility", REFERRAL, "CHRONOLOGY"),
            page("/referrals/{id}/risk-assessments/new", REFERRAL, "RISK_ASSESSMENT"),
            page("/referrals/{id}/risk-flags/new", REFERRAL, "RISK_FLAG"),
            page("/referrals/{id}/safety-plan", REFERRAL, "SAFETY_PLAN"),
            page("/referrals/{id}/safeguarding/new", REFERRAL, "SAFEGUARDING"),
            page("/referrals/{id}/onward-referrals/new", REFERRAL, "ONWARD_REFERRAL"),
            page("/referrals/{id}/tasks/new", REFERRAL, "TASK"),
            page("/risk-flags/{flagId}/review", RISK_FLAG, "RISK_FLAG"),
            page("/safeguarding/{id}", SAFEGUARDING_CONCERN, "SAFEGUARDING"),
            page("/onward-referrals/{id}", ONWARD_REFERRAL, "ONWARD_REFERRAL"),

            list("GET", "/caseload", "CASELOAD", "slice"),
            list("GET", "/caseload/{staffId}", "CASELOAD", "slice"),
            list("GET", "/triage", "TRIAGE_QUEUE", "slice"),
            list("GET", "/waiting-lists/{step}", "WAITING_LIST", "slice"),
            list("GET", "/diary", "DIARY", "days"),
            list("POST", "/patients/find", "PATIENT_SEARCH", "results"),
            list("GET", "/audit/events", "AUDIT_SEARCH", "slice"),
            list("GET", "/supervision/{staffId}", "SUPERVISION_AGENDA", "items"),
            list("GET", "/supervision/{staffId}/session", "SUPERVISION_AGENDA", "items"),
            list("GET", "/supervision/{staffId}/sessions", "SUPERVISION_RECORD", "sessions"),

            form("/patients", NEW_PATIENT, "PATIENT", CREATE).withCreatedIdFromRedirect().alsoShowing("duplicate"),
            form("/patients/{id}/edit", PATIENT, "PATIENT", UPDATE).alsoShowing("duplicate"),
            form("/patients/{id}/referrals", PATIENT, "REFERRAL", CREATE).withCreatedIdFromRedirect(),
            form("/referrals/{id}/edit", REFERRAL, "REFERRAL", UPDATE),
            form("/referrals/{id}/start-treatment", REFERRAL, "REFERRAL", UPDATE),
            form("/referrals/{id}/step", REFERRAL, "REFERRAL", UPDATE),
            form("/referrals/{id}/appointments", REFERRAL, "APPOINTMENT", CREATE),
            form("/triage/{id}", REFERRAL, "REFERRAL", UPDATE),
            form("/appointments/{id}/outcome", APPOINTMENT, "APPOINTMENT", UPDATE),
            form("/appointments/{id}/rebook", APPOINTMENT, "APPOINTMENT", UPDATE),
            form("/appointments/{id}/cancel", APPOINTMENT, "APPOINTMENT", UPDATE),
            form("/appointments/{id}/addenda", APPOINTMENT, "APPOINTMENT", UPDATE),
            form("/referrals/{id}/discharge", REFERRAL, "REFERRAL", UPDATE),
            form("/referrals/{id}/measures", REFERRAL, "QUESTIONNAIRE", CREATE),
            form("/referrals/{id}/risk-assessments", REFERRAL, "RISK_ASSESSMENT", CREATE),
            form("/referrals/{id}/risk-flags", REFERRAL, "RISK_FLAG", CREATE),
            form("/referrals/{id}/safety-plan", REFERRAL, "SAFETY_PLAN", CREATE),
            form("/referrals/{id}/safeguarding", REFERRAL, "SAFEGUARDING", CREATE),
            form("/referrals/{id}/onward-referrals", REFERRAL, "ONWARD_REFERRAL", CREATE),
            form("/referrals/{id}/tasks", REFERRAL, "TASK", CREATE),
            form("/risk-flags/{flagId}/review", RISK_FLAG, "RISK_FLAG", UPDATE),
            form("/safeguarding/{id}/actions", SAFEGUARDING_CONCERN, "SAFEGUARDING", UPDATE),
            form("/safeguarding/{id}/owner", SAFEGUARDING_CONCERN, "SAFEGUARDING", UPDATE),
            form("/safeguarding/{id}/close", SAFEGUARDING_CONCERN, "SAFEGUARDING", UPDATE),
            form("/onward-referrals/{id}/responses", ONWARD_REFERRAL, "ONWARD_REFERRAL", UPDATE),
            form("/tasks/{id}/complete", TASK, "TASK", UPDATE));

    private static final Map<String, AuditedRoute> BY_VIA = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(AuditedRoute::via, Function.identity()));

    private AuditedRoutes() {
    }

    /** @param pattern the mapping Spring MVC chose for the request, such as {@code /referrals/{id}} */
    static Optional<AuditedRoute> find(String method, String pattern) {
        return Optional.ofNullable(BY_VIA.get(method + " " + pattern));
    }
}
