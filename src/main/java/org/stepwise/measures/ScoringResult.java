package org.stepwise.measures;

import java.util.List;

/** Either a score, or the reasons the answers could not be scored. */
public sealed interface ScoringResult {

    /**
     * True when the risk item was answered above 0, even if the form as a whole was refused: a PHQ-9 with a blank
     * question but item 9 answered "several days" must still reach a clinician.
     */
    boolean riskFlagRaised();

    record Scored(Score score) implements ScoringResult {
        public boolean riskFlagRaised() {
            return score.riskFlagRaised();
        }
    }

    /** One problem per question that needs attention, plus any about the form as a whole. */
    record Refused(List<AnswerProblem> problems, boolean riskFlagRaised) implements ScoringResult {
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A refusal needs at least one problem");
            }
        }
    }
}
