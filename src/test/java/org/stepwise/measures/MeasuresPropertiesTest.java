package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that must hold for any answers, not just the boundaries picked in the table tests. */
class MeasuresPropertiesTest {

    private static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.standard();

    /** A definition and valid answers for it, leaving blank at most as many items as its rule allows. */
    record Form(InstrumentDefinition definition, Map<Integer, Integer> answers) {
    }

    /** A definition and two totals within its range. */
    record Pair(InstrumentDefinition definition, BigDecimal first, BigDecimal last) {
    }

    /** How many generated cases each property is checked on; the seed keeps every run the same. */
    private static final int CASES = 1000;

    static Stream<Form> validForms() {
        Random random = new Random(20261126);
        List<InstrumentDefinition> definitions = List.copyOf(CATALOGUE.all());
        return IntStream.range(0, CASES).mapToObj(n -> {
            InstrumentDefinition definition = definitions.get(random.nextInt(definitions.size()));
            int items = definition.items().size();
            Map<Integer, Integer> form = new HashMap<>();
            for (Item item : definition.items()) {
                form.put(item.number(), item.lowest() + random.nextInt(item.highest() - item.lowest() + 1));
            }
            int blanks = random.nextInt(definition.missingAnswerRule().maxMissing() + 1);
            for (int b = 0; b < blanks; b++) {
                form.remove(1 + random.nextInt(items));
            }
            if (form.isEmpty()) {
                form.put(1, definition.items().get(0).lowest());
            }
            return new Form(definition, form);
        });
    }

    static Stream<Pair> totalPairs() {
        Random random = new Random(4112);
        List<InstrumentDefinition> definitions = List.copyOf(CATALOGUE.all());
        return IntStream.range(0, CASES).mapToObj(n -> {
            InstrumentDefinition definition = definitions.get(random.nextInt(definitions.size()));
            return new Pair(definition, total(definition, random), total(definition, random));
        });
    }

    private static BigDecimal total(InstrumentDefinition definition, Random random) {
        BigDecimal low = definition.lowestTotal();
        BigDecimal span = definition.highestTotal().subtract(low);
        return low.add(span.multiply(BigDecimal.valueOf(random.nextDouble()))).setScale(2, RoundingMode.DOWN);
    }

    @ParameterizedTest
    @MethodSource("validForms")
    void anyValidAnswersScoreWithinTheInstrumentsRange(Form form) {
        ScoringResult result = Scoring.score(form.definition(), form.answers());
        assertThat(result).isInstanceOf(ScoringResult.Scored.class);
        BigDecimal total = ((ScoringResult.Scored) result).score().total();
        assertThat(total).isBetween(form.definition().lowestTotal(), form.definition().highestTotal());
    }

    @ParameterizedTest
    @MethodSource("validForms")
    void substitutionNeverLeavesTheRangeOfTheAnsweredItems(Form form) {
        Score score = ((ScoringResult.Scored) Scoring.score(form.definition(), form.answers())).score();
        int answered = form.answers().size();
        int sum = form.answers().values().stream().mapToInt(Integer::intValue).sum();
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answered), 10, RoundingMode.HALF_UP);
        BigDecimal expected = form.definition().scoringMethod() == ScoringMethod.MEAN ? mean
                : mean.multiply(BigDecimal.valueOf(form.definition().items().size()));
        assertThat(score.total().subtract(expected).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        assertThat(score.substituted()).isEqualTo(answered < form.definition().items().size());
    }

    @ParameterizedTest
    @MethodSource("totalPairs")
    void anUnchangedScoreIsNeverReliableChange(Pair pair) {
        assertThat(ReliableChange.between(pair.definition(), pair.first(), pair.first()))
                .isIn(ReliableChange.NO_RELIABLE_CHANGE, ReliableChange.NOT_MEASURED);
    }

    @ParameterizedTest
    @MethodSource("totalPairs")
    void improvementAndDeteriorationAreMirrorImages(Pair pair) {
        ReliableChange forward = ReliableChange.between(pair.definition(), pair.first(), pair.last());
        ReliableChange backward = ReliableChange.between(pair.definition(), pair.last(), pair.first());
        ReliableChange mirrored = switch (forward) {
            case IMPROVED -> ReliableChange.DETERIORATED;
            case DETERIORATED -> ReliableChange.IMPROVED;
            default -> forward;
        };
        assertThat(backward).isEqualTo(mirrored);
    }

    @ParameterizedTest
    @MethodSource("totalPairs")
    void aHigherTotalIsNeverLessOfACase(Pair pair) {
        // Caseness only ever switches on as the total rises (total-based rules; the phobia scales decide per item).
        CasenessRule rule = pair.definition().casenessRule();
        BigDecimal low = pair.first().min(pair.last());
        BigDecimal high = pair.first().max(pair.last());
        if (!(rule instanceof CasenessRule.AnyItemAtLeast) && rule.isCase(low, Map.of())) {
            assertThat(rule.isCase(high, Map.of())).isTrue();
        }
    }
}
