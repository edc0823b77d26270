package org.stepwise.measures;

/** The questionnaires Stepwise scores, with the short name clinicians and the national data set use. */
public enum InstrumentCode {
    PHQ9("PHQ-9"),
    GAD7("GAD-7"),
    WSAS("WSAS"),
    PHOBIA_SCALES("IAPT phobia scales"),
    MI_ALONE("MI alone"),
    MI_ACCOMPANIED("MI accompanied"),
    SPIN("SPIN"),
    PDSS("PDSS"),
    OCI_R("OCI-R"),
    PCL5("PCL-5"),
    HAI("HAI short week"),
    IES_R("IES-R");

    private final String label;

    InstrumentCode(String label) {
        this.label = label;
    }

    /** The short name shown on pages, for example "PHQ-9". */
    public String label() {
        return label;
    }

    /** The instrument named in a form or URL ("PHQ9"), if there is one. */
    public static java.util.Optional<InstrumentCode> ofName(String name) {
        return java.util.Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
