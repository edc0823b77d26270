package org.stepwise.patient;

/** Stated gender, with the national data set's person stated gender codes. */
public enum Gender {
    MALE("1", "Male"),
    FEMALE("2", "Female"),
    INDETERMINATE("9", "Indeterminate"),
    NOT_KNOWN("X", "Not known");

    private final String code;
    private final String label;

    Gender(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Gender ofCode(String code) {
        for (Gender g : values()) {
            if (g.code.equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("Unknown gender code " + code);
    }
}
