package org.stepwise.risk;

/** The areas a structured risk assessment asks about, each answered yes, no or not known, with details. */
public enum RiskArea {
    THOUGHTS("Thoughts of self-harm or suicide"),
    PLANS("Plans"),
    INTENT("Intent to act on them"),
    MEANS("Access to means"),
    HISTORY("History of self-harm or suicide attempts"),
    RISK_TO_OTHERS("Risk to others"),
    RISK_FROM_OTHERS("Risk from others");

    private final String label;

    RiskArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The form field that carries this area's answer. */
    public String field() {
        return name().toLowerCase(java.util.Locale.UK).replace('_', '-');
    }

    public enum Answer {
        YES("Yes"), NO("No"), NOT_KNOWN("Not known");

        private final String label;

        Answer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
