package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties that must hold for any answers, not just the boundaries picked in the table tests. */
class MeasuresPropertiesTest {

    private static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.standard();

    /** A definition and valid answers for it, leaving blank at most as many items as its rule allows. */
    record Form(InstrumentDefinition definition, Map<Integer, Integer> answers) {
    }

    /** A definition and two totals within its range. */
    record Pair(InstrumentDefinition definition, BigDecimal first, BigDecimal last) {
    }

    @Provide
    Arbitrary<Form> validForms() {
        return Arbitraries.of(List.copyOf(CATALOGUE.all())).flatMap(definition -> {
            int items = definition.items().size();
            Item item = definition.items().get(0);
            Arbitrary<List<Integer>> values = Arbitraries.integers().between(item.lowest(), item.highest())
                    .list().ofSize(items);
            Arbitrary<List<Integer>> blanks = Arbitraries.integers().between(1, items).list().uniqueElements()
                    .ofMaxSize(definition.missingAnswerRule().maxMissing());
            return Combinators.combine(values, blanks).as((answers, blank) -> {
                Map<Integer, Integer> form = new HashMap<>();
                for (int n = 1; n <= items; n++) {
                    form.put(n, answers.get(n - 1));
                }
                blank.forEach(form::remove);
                return new Form(definition, form);
            });
        });
    }

    @Provide
    Arbitrary<Pair> totalPairs() {
        return Arbitraries.of(List.copyOf(CATALOGUE.all())).flatMap(definition -> {
            Arbitrary<BigDecimal> total = Arbitraries.bigDecimals()
                    .between(definition.lowestTotal(), definition.highestTotal()).ofScale(2);
            return Combinators.combine(total, total).as((a, b) -> new Pair(definition, a, b));
        });
    }

    @Property
    void anyValidAnswersScoreWithinTheInstrumentsRange(@ForAll("validForms") Form form) {
        ScoringResult result = Scoring.score(form.definition(), form.answers());
        assertThat(result).isInstanceOf(ScoringResult.Scored.class);
        BigDecimal total = ((ScoringResult.Scored) result).score().total();
        assertThat(total).isBetween(form.definition().lowestTotal(), form.definition().highestTotal());
    }

    @Property
    void substitutionNeverLeavesTheRangeOfTheAnsweredItems(@ForAll("validForms") Form form) {
        Score score = ((ScoringResult.Scored) Scoring.score(form.definition(), form.answers())).score();
        int answered = form.answers().size();
        int sum = form.answers().values().stream().mapToInt(Integer::intValue).sum();
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answered), 10, RoundingMode.HALF_UP);
        BigDecimal expected = form.definition().scoringMethod() == ScoringMethod.MEAN ? mean
                : mean.multiply(BigDecimal.valueOf(form.definition().items().size()));
        assertThat(score.total().subtract(expected).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        assertThat(score.substituted()).isEqualTo(answered < form.definition().items().size());
    }

    @Property
    void anUnchangedScoreIsNeverReliableChange(@ForAll("totalPairs") Pair pair) {
        assertThat(ReliableChange.between(pair.definition(), pair.first(), pair.first()))
                .isIn(ReliableChange.NO_RELIABLE_CHANGE, ReliableChange.NOT_MEASURED);
    }

    @Property
    void improvementAndDeteriorationAreMirrorImages(@ForAll("totalPairs") Pair pair) {
        ReliableChange forward = ReliableChange.between(pair.definition(), pair.first(), pair.last());
        ReliableChange backward = ReliableChange.between(pair.definition(), pair.last(), pair.first());
        ReliableChange mirrored = switch (forward) {
            case IMPROVED -> ReliableChange.DETERIORATED;
            case DETERIORATED -> ReliableChange.IMPROVED;
            default -> forward;
        };
        assertThat(backward).isEqualTo(mirrored);
    }

    @Property
    void aHigherTotalIsNeverLessOfACase(@ForAll("totalPairs") Pair pair) {
        // Caseness only ever switches on as the total rises (total-based rules; the phobia scales decide per item).
        CasenessRule rule = pair.definition().casenessRule();
        BigDecimal low = pair.first().min(pair.last());
        BigDecimal high = pair.first().max(pair.last());
        if (!(rule instanceof CasenessRule.AnyItemAtLeast) && rule.isCase(low, Map.of())) {
            assertThat(rule.isCase(high, Map.of())).isTrue();
        }
    }
}
