package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.stepwise.measures.DefinitionValue.Provenance;

/** Reads the catalogue entries as a list of facts, each next to its source. Package-private: only the catalogue. */
final class DefinitionBuilder {

    /** The version of every definition as Stepwise first ships it; a changed definition gets a new one. */
    static final String FIRST_VERSION = "1";

    private final InstrumentCode code;
    private final String fullName;
    private String itemNoun = "question";
    private final List<Item> items = new ArrayList<>();
    private ScoringMethod method = ScoringMethod.SUM;
    private MissingAnswerRule missing = new MissingAnswerRule.AllRequired();
    private CasenessRule caseness = new CasenessRule.NotACasenessMeasure();
    private BigDecimal reliableChange;
    private List<SeverityBand> bands = List.of();
    private Integer riskItem;
    private Codes codes = Codes.none();
    private Licence licence;
    private final EnumMap<DefinitionValue, Provenance> provenance = new EnumMap<>(DefinitionValue.class);

    private DefinitionBuilder(InstrumentCode code, String fullName) {
        this.code = code;
        this.fullName = fullName;
    }

    static DefinitionBuilder define(InstrumentCode code, String fullName) {
        return new DefinitionBuilder(code, fullName);
    }

    /** {@code count} items answered from {@code lowest} to {@code highest}; wording and LOINC lists may be null. */
    DefinitionBuilder items(int count, int lowest, int highest, List<String> wording, List<String> loinc) {
        if ((wording != null && wording.size() != count) || (loinc != null && loinc.size() != count)) {
            throw new IllegalArgumentException(code + ": wording or codes do not match " + count + " items");
        }
        for (int n = 1; n <= count; n++) {
            items.add(new Item(n, lowest, highest, wording == null ? null : wording.get(n - 1),
                    loinc == null ? null : loinc.get(n - 1)));
        }
        return this;
    }

    DefinitionBuilder itemNoun(String noun) {
        this.itemNoun = noun;
        return this;
    }

    DefinitionBuilder scoredAsMean() {
        this.method = ScoringMethod.MEAN;
        return this;
    }

    DefinitionBuilder missingAnswers(MissingAnswerRule rule, Provenance source) {
        this.missing = rule;
        provenance.put(DefinitionValue.MISSING_ANSWER_RULE, source);
        return this;
    }

    DefinitionBuilder caseness(CasenessRule rule, Provenance source) {
        this.caseness = rule;
        provenance.put(DefinitionValue.CUT_OFF, source);
        return this;
    }

    DefinitionBuilder reliableChange(String value, Provenance source) {
        this.reliableChange = value == null ? null : new BigDecimal(value);
        provenance.put(DefinitionValue.RELIABLE_CHANGE, source);
        return this;
    }

    DefinitionBuilder bands(SeverityBand... bands) {
        this.bands = List.of(bands);
        return this;
    }

    DefinitionBuilder riskItem(int number) {
        this.riskItem = number;
        return this;
    }

    DefinitionBuilder codes(Codes codes) {
        this.codes = codes;
        return this;
    }

    DefinitionBuilder licence(boolean wordingShipped, String note) {
        this.licence = new Licence(wordingShipped, note);
        return this;
    }

    InstrumentDefinition build() {
        if (licence == null || licence.wordingShipped() != items.stream().allMatch(i -> i.wording() != null)) {
            throw new IllegalStateException(code + ": ship wording exactly when the licence allows it");
        }
        return new InstrumentDefinition(code, FIRST_VERSION, fullName, itemNoun, items, method, missing, caseness,
                reliableChange, bands, riskItem, codes, licence, provenance);
    }

    static BigDecimal number(String value) {
        return new BigDecimal(value);
    }
}
