package org.stepwise.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.measures.InstrumentDefinition;
import org.stepwise.measures.Item;
import org.stepwise.measures.ScoringMethod;

/**
 * Answers a questionnaire so that it adds up to about a chosen level. People spread their distress
 * unevenly over the questions, so points go one at a time to questions picked at random. The total
 * itself is left to the application's scoring, which the demo then stores.
 */
final class ItemAnswers {

    /** Where a measure with no cut-off counts as level 1: WSAS 12, in its "significant impairment" band. */
    private static final BigDecimal NO_CUT_OFF_ANCHOR = BigDecimal.valueOf(12);

    private ItemAnswers() {
    }

    /**
     * @param level       in cut-offs (see {@link Trajectory}); 0 is the floor
     * @param fixedItem   an item whose answer is given (PHQ-9 question 9), or 0 for none
     * @param fixedAnswer that item's answer
     */
    static Map<Integer, Integer> at(InstrumentDefinition definition, double level, int fixedItem, int fixedAnswer,
                                    Dice dice) {
        List<Item> items = definition.items();
        int n = items.size();
        int[] answers = new int[n];
        int floor = 0;
        int room = 0;
        for (int i = 0; i < n; i++) {
            answers[i] = items.get(i).lowest();
            floor += answers[i];
            room += items.get(i).highest() - items.get(i).lowest();
        }
        if (fixedItem > 0) {
            Item fixed = items.get(fixedItem - 1);
            answers[fixedItem - 1] = fixedAnswer;
            floor += fixedAnswer - fixed.lowest();
            room -= fixed.highest() - fixed.lowest();
        }
        int points = Math.max(0, Math.min(room, targetSum(definition, level) - floor));
        while (points > 0) {
            int i = dice.between(0, n - 1);
            if (i != fixedItem - 1 && answers[i] < items.get(i).highest()) {
                answers[i]++;
                points--;
            }
        }
        Map<Integer, Integer> byItem = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byItem.put(i + 1, answers[i]);
        }
        return byItem;
    }

    /** The sum of answers that puts the total at this level: a mean-scored measure's mean times its items. */
    private static int targetSum(InstrumentDefinition definition, double level) {
        BigDecimal low = definition.lowestTotal();
        BigDecimal cut = definition.casenessRule().cutOff().orElse(NO_CUT_OFF_ANCHOR);
        BigDecimal total = low.add(cut.subtract(low).multiply(BigDecimal.valueOf(Math.max(0, level))));
        total = total.min(definition.highestTotal());
        if (definition.scoringMethod() == ScoringMethod.MEAN) {
            total = total.multiply(BigDecimal.valueOf(definition.items().size()));
        }
        return total.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
