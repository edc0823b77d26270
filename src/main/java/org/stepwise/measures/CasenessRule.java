package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * How a questionnaire decides "clinical case". Each instrument states its own rule, so the rule is data on the
 * definition rather than a comparison written into the scoring code.
 */
public sealed interface CasenessRule {

    /** Decides caseness from the stored total and the item answers. */
    boolean isCase(BigDecimal total, Map<Integer, Integer> answers);

    /** The cut-off this rule compares against, if it has one. */
    Optional<BigDecimal> cutOff();

    /** The same rule with another cut-off (a service's setting). */
    CasenessRule withCutOff(BigDecimal cutOff);

    /** False for measures that have no caseness (WSAS). */
    default boolean applies() {
        return true;
    }

    /** Plain words for pages: "a total of 10 or more". */
    String describe();

    /** Case when the total is at or above the cut-off (PHQ-9 ≥ 10, GAD-7 ≥ 8, most ADSMs). */
    record TotalAtLeast(BigDecimal value) implements CasenessRule {
        public boolean isCase(BigDecimal total, Map<Integer, Integer> answers) {
            return total.compareTo(value) >= 0;
        }

        public Optional<BigDecimal> cutOff() {
            return Optional.of(value);
        }

        public CasenessRule withCutOff(BigDecimal cutOff) {
            return new TotalAtLeast(cutOff);
        }

        public String describe() {
            return "a total of " + value.toPlainString() + " or more";
        }
    }

    /** Case when the mean item score is strictly above the cut-off (Mobility Inventory alone: above 2.3). */
    record MeanAbove(BigDecimal value) implements CasenessRule {
        public boolean isCase(BigDecimal mean, Map<Integer, Integer> answers) {
            return mean.compareTo(value) > 0;
        }

        public Optional<BigDecimal> cutOff() {
            return Optional.of(value);
        }

        public CasenessRule withCutOff(BigDecimal cutOff) {
            return new MeanAbove(cutOff);
        }

        public String describe() {
            return "an average item score above " + value.toPlainString();
        }
    }

    /**
     * Case when any single item is at or above the cut-off (IAPT phobia scales: 4 or more on any scale). The total
     * plays no part: the reference calls it "for interest".
     */
    record AnyItemAtLeast(BigDecimal value) implements CasenessRule {
        public boolean isCase(BigDecimal total, Map<Integer, Integer> answers) {
            return answers.values().stream().anyMatch(a -> a != null && BigDecimal.valueOf(a).compareTo(value) >= 0);
        }

        public Optional<BigDecimal> cutOff() {
            return Optional.of(value);
        }

        public CasenessRule withCutOff(BigDecimal cutOff) {
            return new AnyItemAtLeast(cutOff);
        }

        public String describe() {
            return "an answer of " + value.toPlainString() + " or more on any item";
        }
    }

    /** The measure has no caseness (WSAS measures impairment, not caseness). */
    record NotACasenessMeasure() implements CasenessRule {
        public boolean isCase(BigDecimal total, Map<Integer, Integer> answers) {
            return false;
        }

        public Optional<BigDecimal> cutOff() {
            return Optional.empty();
        }

        public CasenessRule withCutOff(BigDecimal cutOff) {
            throw new IllegalArgumentException("This measure has no caseness cut-off to change");
        }

        public boolean applies() {
            return false;
        }

        public String describe() {
            return "not a caseness measure";
        }
    }
}
