package org.stepwise.audit;

import java.util.List;

/**
 * A page or form that shows or changes patient data, and how the page interceptor audits it.
 *
 * @param variable   the path variable that holds the record's id, or null
 * @param target     what that id is, and so how the patient is found
 * @param recordType the record the event names (a list's kind for a list page)
 * @param change     what a successful POST did (CREATE or UPDATE); null for pages that only show
 * @param idFromRedirect whether the created record's id is the last part of the address the form redirects to
 * @param shownIn    model attributes whose typed ids are the patients the page shows besides its own patient
 */
record AuditedRoute(String method, String pattern, String variable, Target target, String recordType,
                    AuditAction change, boolean idFromRedirect, boolean list, List<String> shownIn) {

    /** What the id in the address is, which decides how the patient is looked up (NEW_PATIENT: the one created). */
    enum Target {
        PATIENT, REFERRAL, APPOINTMENT, RISK_FLAG, SAFEGUARDING_CONCERN, ONWARD_REFERRAL, TASK, NEW_PATIENT, NONE
    }

    static AuditedRoute page(String pattern, Target target, String recordType) {
        return new AuditedRoute("GET", pattern, variableIn(pattern), target, recordType, null, false, false, List.of());
    }

    static AuditedRoute list(String method, String pattern, String recordType, String shownIn) {
        return new AuditedRoute(method, pattern, variableIn(pattern), Target.NONE, recordType, null, false, true,
                List.of(shownIn));
    }

    static AuditedRoute form(String pattern, Target target, String recordType, AuditAction change) {
        return new AuditedRoute("POST", pattern, variableIn(pattern), target, recordType, change, false, false,
                List.of());
    }

    /** The address's first path variable, which holds the record's id; null when it has none. */
    private static String variableIn(String pattern) {
        return pattern.contains("{") ? pattern.substring(pattern.indexOf('{') + 1, pattern.indexOf('}')) : null;
    }

    /** The new record's id is the last part of the address the form redirects to. */
    AuditedRoute withCreatedIdFromRedirect() {
        return new AuditedRoute(method, pattern, variable, target, recordType, change, true, list, shownIn);
    }

    AuditedRoute alsoShowing(String attribute) {
        return new AuditedRoute(method, pattern, variable, target, recordType, change, idFromRedirect, list,
                List.of(attribute));
    }

    String via() {
        return method + " " + pattern;
    }
}
