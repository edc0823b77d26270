package org.stepwise.demo;

/** How a practitioner records risk at a session: briefly when there is none, fully when question 9 is answered. */
final class RiskWording {

    private static final String[] NONE = {
        "No thoughts of self-harm or suicide.", "Risk reviewed: none to self or others disclosed.",
        "Denies any thoughts of harming themselves.", "No risk issues raised.",
    };

    private RiskWording() {
    }

    static String of(NoteFacts f, Dice dice) {
        if (f.riskAnswer() == 0) {
            return dice.pick(NONE);
        }
        return "PHQ-9 question 9 answered " + f.riskAnswer() + ": passive thoughts of being better off dead, no plans "
                + "or intent. Protective factors discussed, safety plan reviewed and crisis numbers given"
                + (f.step() == 2 ? "; discussed with supervisor the same day." : ".");
    }
}
