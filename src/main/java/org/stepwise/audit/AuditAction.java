package org.stepwise.audit;

/** What someone did, as the audit trail names it. */
public enum AuditAction {
    READ("Viewed"),
    CREATE("Created"),
    UPDATE("Changed"),
    EXPORT("Exported"),
    DENIED("Refused access"),
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Failed sign-in"),
    SIGN_OUT("Signed out");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
