package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Builds answer maps for tests. */
final class TestAnswers {

    static final InstrumentCatalogue STANDARD = InstrumentCatalogue.standard();

    private TestAnswers() {
    }

    static InstrumentDefinition definition(InstrumentCode code) {
        return STANDARD.get(code);
    }

    /** Items 1..n answered with the given values in order. */
    static Map<Integer, Integer> answers(int... values) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(i + 1, values[i]);
        }
        return answers;
    }

    /** Every item answered with the same value. */
    static Map<Integer, Integer> every(InstrumentDefinition definition, int value) {
        Map<Integer, Integer> answers = new HashMap<>();
        definition.items().forEach(i -> answers.put(i.number(), value));
        return answers;
    }

    /** Every item answered, filled from item 1 up to each item's highest answer, so that they sum to {@code total}. */
    static Map<Integer, Integer> summingTo(InstrumentDefinition definition, int total) {
        Map<Integer, Integer> answers = new HashMap<>();
        int remaining = total - definition.items().stream().mapToInt(Item::lowest).sum();
        for (Item item : definition.items()) {
            int extra = Math.min(remaining, item.highest() - item.lowest());
            answers.put(item.number(), item.lowest() + extra);
            remaining -= extra;
        }
        if (remaining != 0) {
            throw new IllegalArgumentException(total + " is out of range for " + definition.code());
        }
        return answers;
    }

    /** The first {@code answered} items answered so that they sum to {@code sum}; the rest left blank. */
    static Map<Integer, Integer> firstItemsSummingTo(InstrumentDefinition definition, int answered, int sum) {
        Map<Integer, Integer> answers = new HashMap<>();
        int remaining = sum;
        for (int n = 1; n <= answered; n++) {
            Item item = definition.items().get(n - 1);
            int left = answered - n;
            int value = Math.max(item.lowest(), Math.min(item.highest(), remaining - left * item.lowest()));
            answers.put(n, value);
            remaining -= value;
        }
        if (remaining != 0) {
            throw new IllegalArgumentException(sum + " cannot be made from " + answered + " items");
        }
        return answers;
    }

    static Score scored(InstrumentDefinition definition, Map<Integer, Integer> answers) {
        ScoringResult result = Scoring.score(definition, answers);
        if (result instanceof ScoringResult.Scored scored) {
            return scored.score();
        }
        throw new AssertionError("Expected a score but was refused: " + ((ScoringResult.Refused) result).problems());
    }

    static ScoringResult.Refused refused(InstrumentDefinition definition, Map<Integer, Integer> answers) {
        ScoringResult result = Scoring.score(definition, answers);
        if (result instanceof ScoringResult.Refused refused) {
            return refused;
        }
        throw new AssertionError("Expected a refusal but was scored: " + ((ScoringResult.Scored) result).score());
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
