package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A scored questionnaire. It keeps the item answers, the total and the definition version that produced it, so it
 * can be stored and later explained.
 *
 * @param total          sums have no decimals; means, and sums with substituted items, have two (half up)
 * @param missingItems   items left blank whose value was substituted by the instrument's own rule
 * @param band           severity band, or null where the measure has none
 * @param riskFlagRaised true when the definition's risk item (PHQ-9 item 9) was answered above 0
 */
public record Score(
        InstrumentCode instrument,
        String definitionVersion,
        BigDecimal total,
        Map<Integer, Integer> answers,
        List<Integer> missingItems,
        SeverityBand band,
        Caseness caseness,
        boolean riskFlagRaised) {

    public Score {
        answers = Map.copyOf(answers);
        missingItems = List.copyOf(missingItems);
    }

    /** Answers in item order, for display and storage. */
    public Map<Integer, Integer> answersInOrder() {
        return new TreeMap<>(answers);
    }

    /** True when blanks were filled by prorating or mean substitution; pages must say so next to the total. */
    public boolean substituted() {
        return !missingItems.isEmpty();
    }

    public Optional<SeverityBand> severity() {
        return Optional.ofNullable(band);
    }

    public boolean isCase() {
        return caseness == Caseness.CASE;
    }
}
