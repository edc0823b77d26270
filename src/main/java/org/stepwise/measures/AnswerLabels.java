package org.stepwise.measures;

/** The words beside each answer value, where the questionnaire's own answer wording may be shipped. */
public final class AnswerLabels {

    private AnswerLabels() {
    }

    /** PHQ-9 and GAD-7 share the four frequency answers (Pfizer: free to reproduce). */
    public static String label(InstrumentCode code, int value) {
        if (code == InstrumentCode.PHQ9 || code == InstrumentCode.GAD7) {
            return switch (value) {
                case 0 -> "Not at all";
                case 1 -> "Several days";
                case 2 -> "More than half the days";
                case 3 -> "Nearly every day";
                default -> String.valueOf(value);
            };
        }
        return String.valueOf(value);
    }

    /** The question both PHQ-9 and GAD-7 put before their items. */
    public static String stem(InstrumentCode code) {
        return code == InstrumentCode.PHQ9 || code == InstrumentCode.GAD7
                ? "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
                : null;
    }
}
