package org.stepwise.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a questionnaire. Pure: the same definition and answers always give the same result, so a stored score can be
 * recomputed and checked.
 */
public final class Scoring {

    /** Means, and sums with substituted items, are kept to two decimal places (rounded half up). */
    static final int DECIMALS = 2;

    private Scoring() {
    }

    /**
     * Scores the answers (item number → answer; a missing key or null value is a blank). Returns the score, or a
     * refusal listing one problem per question that needs attention so a form can show each beside its question.
     * Caseness and bands are decided on the stored (rounded) total, so what is shown is what decided.
     */
    public static ScoringResult score(InstrumentDefinition definition, Map<Integer, Integer> answers) {
        Map<Integer, Integer> given = answers == null ? Map.of() : answers;
        List<AnswerProblem> problems = new ArrayList<>();
        Map<Integer, Integer> valid = new HashMap<>();
        String noun = capitalised(definition.itemNoun());
        for (Map.Entry<Integer, Integer> entry : given.entrySet()) {
            Integer number = Objects.requireNonNull(entry.getKey(), "item number");
            Integer answer = entry.getValue();
            var item = definition.item(number);
            if (item.isEmpty()) {
                problems.add(new AnswerProblem(number, noun + " " + number + ": the " + definition.code().label()
                        + " has " + definition.itemNoun() + "s 1 to " + definition.items().size() + " only"));
            } else if (answer != null && !item.get().allows(answer)) {
                problems.add(new AnswerProblem(number, chooseAnswer(noun, item.get())));
            } else if (answer != null) {
                valid.put(number, answer);
            }
        }
        List<Integer> blank = definition.items().stream().map(Item::number)
                .filter(n -> given.get(n) == null).toList();
        int allowed = definition.missingAnswerRule().maxMissing();
        if (blank.size() > allowed && allowed == 0) {
            blank.forEach(n -> problems.add(new AnswerProblem(n, chooseAnswer(noun, definition.items().get(n - 1)))));
        } else if (blank.size() > allowed) {
            int total = definition.items().size();
            problems.add(new AnswerProblem(null, "Answer at least " + (total - allowed) + " of the " + total + " "
                    + definition.itemNoun() + "s: up to " + allowed + " may be left blank, and " + blank.size()
                    + " are blank."));
        }
        boolean risk = riskFlag(definition, given);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(AnswerProblem::itemNumber, Comparator.nullsFirst(Comparator.naturalOrder())));
            return new ScoringResult.Refused(problems, risk);
        }
        BigDecimal total = total(definition, valid);
        SeverityBand band = definition.severityBands().stream().filter(b -> b.contains(total)).findFirst().orElse(null);
        return new ScoringResult.Scored(new Score(definition.code(), definition.version(), total, valid, blank, band,
                caseness(definition.casenessRule(), total, valid), risk));
    }

    private static BigDecimal total(InstrumentDefinition definition, Map<Integer, Integer> answered) {
        BigDecimal sum = BigDecimal.valueOf(answered.values().stream().mapToInt(Integer::intValue).sum());
        BigDecimal count = BigDecimal.valueOf(answered.size());
        if (definition.scoringMethod() == ScoringMethod.MEAN) {
            return sum.divide(count, DECIMALS, RoundingMode.HALF_UP);
        }
        if (answered.size() == definition.items().size()) {
            return sum;
        }
        // Each blank takes the mean of the answered items: sum + blanks × mean = sum × items ÷ answered.
        return sum.multiply(BigDecimal.valueOf(definition.items().size())).divide(count, DECIMALS, RoundingMode.HALF_UP);
    }

    private static Caseness caseness(CasenessRule rule, BigDecimal total, Map<Integer, Integer> answers) {
        if (!rule.applies()) {
            return Caseness.NOT_A_CASENESS_MEASURE;
        }
        return rule.isCase(total, answers) ? Caseness.CASE : Caseness.NOT_CASE;
    }

    /**
     * Any answer above 0 on the risk item raises the flag, even one refused as out of range: a flag that was not
     * needed costs a review, a missed one can cost a life.
     */
    private static boolean riskFlag(InstrumentDefinition definition, Map<Integer, Integer> answers) {
        Integer answer = definition.riskItem() == null ? null : answers.get(definition.riskItem());
        return answer != null && answer > 0;
    }

    private static String chooseAnswer(String noun, Item item) {
        return noun + " " + item.number() + ": choose an answer from " + item.lowest() + " to " + item.highest();
    }

    private static String capitalised(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
