package org.stepwise.patient;

/**
 * Ethnic category as the person states it, with the NHS Data Dictionary's ETHNIC CATEGORY codes (the 2001 census
 * groups) that the national data set's EthnicCategory field carries (domain-reference §3.1: A–S, Z, 99).
 */
public enum EthnicCategory {
    A("A", "White: British"),
    B("B", "White: Irish"),
    C("C", "White: any other White background"),
    D("D", "Mixed: White and Black Caribbean"),
    E("E", "Mixed: White and Black African"),
    F("F", "Mixed: White and Asian"),
    G("G", "Mixed: any other mixed background"),
    H("H", "Asian or Asian British: Indian"),
    J("J", "Asian or Asian British: Pakistani"),
    K("K", "Asian or Asian British: Bangladeshi"),
    L("L", "Asian or Asian British: any other Asian background"),
    M("M", "Black or Black British: Caribbean"),
    N("N", "Black or Black British: African"),
    P("P", "Black or Black British: any other Black background"),
    R("R", "Other ethnic groups: Chinese"),
    S("S", "Other ethnic groups: any other ethnic group"),
    Z("Z", "Not stated (the person chose not to say)"),
    NOT_KNOWN("99", "Not known (not asked)");

    private final String code;
    private final String label;

    EthnicCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** @return the category, or null for no code at all (never recorded) */
    public static EthnicCategory ofCode(String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        for (EthnicCategory e : values()) {
            if (e.code.equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown ethnic category code " + code);
    }
}
