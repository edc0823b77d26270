package org.stepwise.caseload;

import java.util.Arrays;

/**
 * The orders a caseload can be read in. Each is one text-valued SQL expression, so a single
 * keyset comparison pages through any of them; {@code %1$s} is the referral alias and {@code %2$s} the patient's.
 */
public enum CaseloadSort {
    NAME("Name", "lower(%2$s.family_name || ' ' || %2$s.given_name)"),
    WAITED("Weeks since referral", "to_char(%1$s.received_date, 'YYYY-MM-DD')"),
    STEP("Step", "%1$s.step::text || to_char(%1$s.received_date, 'YYYY-MM-DD')"),
    STATUS("Status", "%1$s.status || to_char(%1$s.received_date, 'YYYY-MM-DD')");

    private final String label;
    private final String expression;

    CaseloadSort(String label, String expression) {
        this.label = label;
        this.expression = expression;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the arrow shown should point the other way from the SQL order: weeks since referral
     * grow as the received date falls, so the oldest referral first means the most weeks first.
     */
    public boolean arrowInverted() {
        return this == WAITED;
    }

    String expression(String referralAlias, String patientAlias) {
        return String.format(expression, referralAlias, patientAlias);
    }

    public static CaseloadSort parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text)).findFirst().orElse(WAITED);
    }
}
