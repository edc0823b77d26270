package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.stepwise.measures.DefinitionValue.Provenance;
import org.stepwise.shared.DomainException;

/**
 * One questionnaire as versioned data: its items, how it is scored, how blanks are treated, its caseness rule and
 * reliable-change value, its codes and its licence. A stored score keeps {@link #version()} so it can always say
 * which definition produced it; a service's own cut-off or reliable-change value makes a new version
 * ({@link #withOverrides}).
 *
 * @param itemNoun       what the form calls an item in messages ("question", "situation")
 * @param reliableChange smallest change in the total that counts as reliable, or null where the measure uses none
 * @param severityBands  bands where the reference gives them, else empty
 * @param riskItem       the item whose answer above 0 must raise a risk flag (PHQ-9 item 9), or null
 * @param provenance     where the cut-off, reliable-change value and missing-answer rule came from
 */
public record InstrumentDefinition(
        InstrumentCode code,
        String version,
        String fullName,
        String itemNoun,
        List<Item> items,
        ScoringMethod scoringMethod,
        MissingAnswerRule missingAnswerRule,
        CasenessRule casenessRule,
        BigDecimal reliableChange,
        List<SeverityBand> severityBands,
        Integer riskItem,
        Codes codes,
        Licence licence,
        Map<DefinitionValue, Provenance> provenance) {

    public InstrumentDefinition {
        items = List.copyOf(items);
        severityBands = List.copyOf(severityBands);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).number() != i + 1) {
                throw new IllegalArgumentException(code + ": items must be numbered 1.." + items.size());
            }
        }
        if (missingAnswerRule.maxMissing() >= items.size()) {
            throw new IllegalArgumentException(code + ": at least one item must be answered");
        }
        if (riskItem != null && (riskItem < 1 || riskItem > items.size())) {
            throw new IllegalArgumentException(code + ": risk item " + riskItem + " is not an item");
        }
        EnumMap<DefinitionValue, Provenance> complete = new EnumMap<>(DefinitionValue.class);
        for (DefinitionValue value : DefinitionValue.values()) {
            complete.put(value, provenance.getOrDefault(value, Provenance.SOURCED));
        }
        provenance = Map.copyOf(complete);
    }

    public Optional<Item> item(int number) {
        return number >= 1 && number <= items.size() ? Optional.of(items.get(number - 1)) : Optional.empty();
    }

    /** Lowest possible total: the sum of the lowest answers, or the lowest answer for a mean-scored measure. */
    public BigDecimal lowestTotal() {
        IntStream lows = items.stream().mapToInt(Item::lowest);
        return BigDecimal.valueOf(scoringMethod == ScoringMethod.SUM ? lows.sum() : lows.min().orElseThrow());
    }

    /** Highest possible total: the sum of the highest answers, or the highest answer for a mean-scored measure. */
    public BigDecimal highestTotal() {
        IntStream highs = items.stream().mapToInt(Item::highest);
        return BigDecimal.valueOf(scoringMethod == ScoringMethod.SUM ? highs.sum() : highs.max().orElseThrow());
    }

    /**
     * The words to show for an item. A service's wording (its licensed copy, or a translation) wins; otherwise the
     * wording Stepwise ships where the licence allows; otherwise "Item n", because for licensed measures Stepwise
     * carries structure and scoring only.
     */
    public String itemText(int number, String serviceSuppliedWording) {
        Item item = item(number).orElseThrow(() -> new IllegalArgumentException(code.label() + " has no item " + number));
        if (serviceSuppliedWording != null && !serviceSuppliedWording.isBlank()) {
            return serviceSuppliedWording.strip();
        }
        return item.wording() != null ? item.wording() : "Item " + number;
    }

    public Provenance provenance(DefinitionValue value) {
        return provenance.get(value);
    }

    /** The values shown as unverified until the service sets them. */
    public Set<DefinitionValue> unverifiedValues() {
        return provenance.entrySet().stream().filter(e -> e.getValue() == Provenance.UNVERIFIED_DEFAULT)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(() -> EnumSet.noneOf(DefinitionValue.class)));
    }

    /**
     * This definition with the service's own cut-off and/or reliable-change value (null keeps the current one). The
     * result has a new version label naming what the service set, so scores made with it say so.
     */
    public InstrumentDefinition withOverrides(BigDecimal cutOff, BigDecimal reliableChange) {
        CasenessRule rule = casenessRule;
        BigDecimal change = this.reliableChange;
        EnumMap<DefinitionValue, Provenance> sources = new EnumMap<>(provenance);
        if (cutOff != null) {
            checkCutOff(cutOff);
            rule = casenessRule.withCutOff(cutOff);
            sources.put(DefinitionValue.CUT_OFF, Provenance.SET_BY_SERVICE);
        }
        if (reliableChange != null) {
            if (reliableChange.signum() <= 0 || reliableChange.compareTo(highestTotal().subtract(lowestTotal())) > 0) {
                throw new DomainException(code.label() + ": the reliable change must be more than 0 and at most "
                        + highestTotal().subtract(lowestTotal()).toPlainString());
            }
            change = reliableChange;
            sources.put(DefinitionValue.RELIABLE_CHANGE, Provenance.SET_BY_SERVICE);
        }
        return new InstrumentDefinition(code, version, fullName, itemNoun, items, scoringMethod, missingAnswerRule, rule,
                change, severityBands, riskItem, codes, licence, sources).relabelled();
    }

    /** This definition with the service's own rule for blank items (for example once the manual's rule is found). */
    public InstrumentDefinition withMissingAnswerRule(MissingAnswerRule rule) {
        if (rule.maxMissing() >= items.size()) {
            throw new DomainException(code.label() + ": at least one " + itemNoun + " must be answered");
        }
        EnumMap<DefinitionValue, Provenance> sources = new EnumMap<>(provenance);
        sources.put(DefinitionValue.MISSING_ANSWER_RULE, Provenance.SET_BY_SERVICE);
        return new InstrumentDefinition(code, version, fullName, itemNoun, items, scoringMethod, rule, casenessRule,
                reliableChange, severityBands, riskItem, codes, licence, sources).relabelled();
    }

    private void checkCutOff(BigDecimal cutOff) {
        if (!casenessRule.applies()) {
            throw new DomainException(code.label() + " is not a caseness measure, so it has no cut-off to set");
        }
        boolean perItem = casenessRule instanceof CasenessRule.AnyItemAtLeast;
        BigDecimal low = perItem ? BigDecimal.valueOf(items.get(0).lowest()) : lowestTotal();
        BigDecimal high = perItem ? BigDecimal.valueOf(items.get(0).highest()) : highestTotal();
        if (cutOff.compareTo(low) < 0 || cutOff.compareTo(high) > 0) {
            throw new DomainException(code.label() + ": the cut-off must be from " + low.toPlainString() + " to "
                    + high.toPlainString());
        }
    }

    /** "1+service:cut-off=19,reliable-change=10": the shipped version plus every value the service set. */
    private InstrumentDefinition relabelled() {
        String base = version.contains("+") ? version.substring(0, version.indexOf('+')) : version;
        List<String> set = new ArrayList<>();
        if (provenance.get(DefinitionValue.CUT_OFF) == Provenance.SET_BY_SERVICE) {
            set.add("cut-off=" + casenessRule.cutOff().orElseThrow().toPlainString());
        }
        if (provenance.get(DefinitionValue.RELIABLE_CHANGE) == Provenance.SET_BY_SERVICE) {
            set.add("reliable-change=" + reliableChange.toPlainString());
        }
        if (provenance.get(DefinitionValue.MISSING_ANSWER_RULE) == Provenance.SET_BY_SERVICE) {
            set.add("max-missing=" + missingAnswerRule.maxMissing());
        }
        String label = set.isEmpty() ? base : base + "+service:" + String.join(",", set);
        return new InstrumentDefinition(code, label, fullName, itemNoun, items, scoringMethod, missingAnswerRule,
                casenessRule, reliableChange, severityBands, riskItem, codes, licence, provenance);
    }
}
