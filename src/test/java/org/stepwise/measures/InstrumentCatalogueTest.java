package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.measures.DefinitionValue.CUT_OFF;
import static org.stepwise.measures.DefinitionValue.MISSING_ANSWER_RULE;
import static org.stepwise.measures.DefinitionValue.RELIABLE_CHANGE;
import static org.stepwise.measures.TestAnswers.decimal;
import static org.stepwise.measures.TestAnswers.definition;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.measures.DefinitionValue.Provenance;
import org.stepwise.shared.DomainException;

class InstrumentCatalogueTest {

    @ParameterizedTest(name = "{0}: {1} items answered {2}–{3}, scored by {4}, totals {5}–{6}")
    @CsvSource({
            "PHQ9,           9,  0, 3, SUM,  0,  27",
            "GAD7,           7,  0, 3, SUM,  0,  21",
            "WSAS,           5,  0, 8, SUM,  0,  40",
            "PHOBIA_SCALES,  3,  0, 8, SUM,  0,  24",
            "MI_ALONE,       27, 1, 5, MEAN, 1,  5",
            "MI_ACCOMPANIED, 27, 1, 5, MEAN, 1,  5",
            "SPIN,           17, 0, 4, SUM,  0,  68",
            "PDSS,           7,  0, 4, SUM,  0,  28",
            "OCI_R,          18, 0, 4, SUM,  0,  72",
            "PCL5,           20, 0, 4, SUM,  0,  80",
            "HAI,            14, 0, 3, SUM,  0,  42",
            "IES_R,          22, 0, 4, SUM,  0,  88"})
    void structureMatchesTheReference(InstrumentCode code, int items, int lowest, int highest, ScoringMethod method,
            int lowestTotal, int highestTotal) {
        InstrumentDefinition definition = definition(code);
        assertThat(definition.items()).hasSize(items)
                .allSatisfy(i -> assertThat(i.lowest()).isEqualTo(lowest))
                .allSatisfy(i -> assertThat(i.highest()).isEqualTo(highest));
        assertThat(definition.scoringMethod()).isEqualTo(method);
        assertThat(definition.lowestTotal()).isEqualByComparingTo(decimal(String.valueOf(lowestTotal)));
        assertThat(definition.highestTotal()).isEqualByComparingTo(decimal(String.valueOf(highestTotal)));
        assertThat(definition.version()).isEqualTo("1");
    }

    @Test
    void phq9CarriesItsLoincAndSnomedCodesInItemOrder() {
        InstrumentDefinition phq9 = definition(InstrumentCode.PHQ9);
        assertThat(phq9.items()).extracting(Item::loinc).containsExactly(
                "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8");
        assertThat(phq9.codes()).isEqualTo(new Codes("44249-1", "44261-6", "720433000"));
        assertThat(phq9.riskItem()).isEqualTo(9);
    }

    @Test
    void gad7CarriesItsLoincAndSnomedCodesInItemOrder() {
        InstrumentDefinition gad7 = definition(InstrumentCode.GAD7);
        assertThat(gad7.items()).extracting(Item::loinc).containsExactly(
                "69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7");
        assertThat(gad7.codes()).isEqualTo(new Codes("69737-5", "70274-6", "445455005"));
        assertThat(gad7.riskItem()).isNull();
    }

    @Test
    void phq9Item9IsTheSelfHarmQuestion() {
        assertThat(definition(InstrumentCode.PHQ9).itemText(9, null))
                .isEqualTo("Thoughts that you would be better off dead or of hurting yourself in some way");
    }

    @ParameterizedTest
    @EnumSource(value = InstrumentCode.class, names = {"PHQ9", "GAD7", "PCL5", "PHOBIA_SCALES"})
    void shipsWordingWhereTheLicenceAllows(InstrumentCode code) {
        InstrumentDefinition definition = definition(code);
        assertThat(definition.licence().wordingShipped()).isTrue();
        assertThat(definition.items()).allSatisfy(i -> assertThat(i.wording()).isNotBlank());
        assertThat(definition.itemText(1, null)).isEqualTo(definition.items().get(0).wording());
    }

    @ParameterizedTest
    @EnumSource(value = InstrumentCode.class, names = {"PHQ9", "GAD7", "PCL5", "PHOBIA_SCALES"},
            mode = EnumSource.Mode.EXCLUDE)
    void shipsStructureOnlyForLicensedMeasures(InstrumentCode code) {
        InstrumentDefinition definition = definition(code);
        assertThat(definition.licence().wordingShipped()).isFalse();
        assertThat(definition.items()).allSatisfy(i -> assertThat(i.wording()).isNull());
        // Without the service's licensed wording the form still works, numbered.
        assertThat(definition.itemText(2, null)).isEqualTo("Item 2");
        assertThat(definition.itemText(2, "  ")).isEqualTo("Item 2");
        assertThat(definition.itemText(2, " The service's own wording ")).isEqualTo("The service's own wording");
    }

    @Test
    void phobiaScalesCarryTheOpenGovernmentLicenceAttribution() {
        assertThat(definition(InstrumentCode.PHOBIA_SCALES).licence().note())
                .contains("Contains public sector information licensed under the Open Government Licence v3.0.");
    }

    @Test
    void itemTextRefusesAnItemTheMeasureDoesNotHave() {
        assertThatThrownBy(() -> definition(InstrumentCode.GAD7).itemText(8, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> unverifiedValues() {
        return Stream.of(
                Arguments.of(InstrumentCode.PHQ9, EnumSet.noneOf(DefinitionValue.class)),
                Arguments.of(InstrumentCode.GAD7, EnumSet.noneOf(DefinitionValue.class)),
                Arguments.of(InstrumentCode.WSAS, EnumSet.of(RELIABLE_CHANGE)),
                Arguments.of(InstrumentCode.PHOBIA_SCALES, EnumSet.noneOf(DefinitionValue.class)),
                Arguments.of(InstrumentCode.MI_ALONE, EnumSet.of(RELIABLE_CHANGE)),
                Arguments.of(InstrumentCode.MI_ACCOMPANIED, EnumSet.noneOf(DefinitionValue.class)),
                Arguments.of(InstrumentCode.SPIN, EnumSet.of(CUT_OFF, RELIABLE_CHANGE)),
                Arguments.of(InstrumentCode.PDSS, EnumSet.of(CUT_OFF, RELIABLE_CHANGE)),
                Arguments.of(InstrumentCode.OCI_R, EnumSet.of(CUT_OFF, RELIABLE_CHANGE, MISSING_ANSWER_RULE)),
                Arguments.of(InstrumentCode.PCL5, EnumSet.of(CUT_OFF, RELIABLE_CHANGE)),
                Arguments.of(InstrumentCode.HAI, EnumSet.of(CUT_OFF, RELIABLE_CHANGE)),
                Arguments.of(InstrumentCode.IES_R, EnumSet.of(CUT_OFF, RELIABLE_CHANGE)));
    }

    @ParameterizedTest(name = "{0}: unverified {1}")
    @MethodSource("unverifiedValues")
    void marksExactlyTheReferencesUnverifiedValues(InstrumentCode code, Set<DefinitionValue> unverified) {
        assertThat(definition(code).unverifiedValues()).isEqualTo(unverified);
    }

    @Test
    void aServiceCutOffAndReliableChangeMakeANewLabelledVersion() {
        InstrumentDefinition spin = definition(InstrumentCode.SPIN).withOverrides(decimal("20"), decimal("11"));

        assertThat(spin.version()).isEqualTo("1+service:cut-off=20,reliable-change=11");
        assertThat(spin.casenessRule().cutOff()).contains(decimal("20"));
        assertThat(spin.reliableChange()).isEqualByComparingTo("11");
        assertThat(spin.provenance(CUT_OFF)).isEqualTo(Provenance.SET_BY_SERVICE);
        assertThat(spin.unverifiedValues()).isEmpty();
        // Overriding again relabels from the shipped version rather than stacking labels.
        assertThat(spin.withOverrides(decimal("21"), null).version())
                .isEqualTo("1+service:cut-off=21,reliable-change=11");
        // The shipped definition is untouched.
        assertThat(definition(InstrumentCode.SPIN).casenessRule().cutOff()).contains(decimal("19"));
    }

    @Test
    void aScoreSaysWhichVersionScoredIt() {
        InstrumentDefinition own = definition(InstrumentCode.PDSS).withOverrides(decimal("9"), null);
        Score score = TestAnswers.scored(own, TestAnswers.summingTo(own, 8));
        assertThat(score.definitionVersion()).isEqualTo("1+service:cut-off=9");
        // 8 was a case under the shipped cut-off of 8, but not under the service's 9.
        assertThat(score.caseness()).isEqualTo(Caseness.NOT_CASE);
    }

    @Test
    void withoutOverridesTheVersionStays() {
        assertThat(definition(InstrumentCode.PHQ9).withOverrides(null, null).version()).isEqualTo("1");
    }

    @Test
    void refusesACutOffOutsideTheRange() {
        assertThatThrownBy(() -> definition(InstrumentCode.PHQ9).withOverrides(decimal("28"), null))
                .isInstanceOf(DomainException.class).hasMessage("PHQ-9: the cut-off must be from 0 to 27");
        assertThatThrownBy(() -> definition(InstrumentCode.PHOBIA_SCALES).withOverrides(decimal("9"), null))
                .isInstanceOf(DomainException.class).hasMessage("IAPT phobia scales: the cut-off must be from 0 to 8");
        assertThatThrownBy(() -> definition(InstrumentCode.MI_ALONE).withOverrides(decimal("0.9"), null))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void refusesACutOffForAMeasureWithoutCaseness() {
        assertThatThrownBy(() -> definition(InstrumentCode.WSAS).withOverrides(decimal("20"), null))
                .isInstanceOf(DomainException.class)
                .hasMessage("WSAS is not a caseness measure, so it has no cut-off to set");
    }

    @Test
    void refusesAReliableChangeThatIsNotPositiveOrExceedsTheRange() {
        assertThatThrownBy(() -> definition(InstrumentCode.GAD7).withOverrides(null, decimal("0")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> definition(InstrumentCode.GAD7).withOverrides(null, decimal("22")))
                .isInstanceOf(DomainException.class);
        // WSAS ships without one ("none used", unverified): a service may set one.
        assertThat(definition(InstrumentCode.WSAS).withOverrides(null, decimal("8")).reliableChange())
                .isEqualByComparingTo("8");
    }

    @Test
    void aServiceMayReplaceTheMissingAnswerRule() {
        InstrumentDefinition oci = definition(InstrumentCode.OCI_R)
                .withMissingAnswerRule(new MissingAnswerRule.AllRequired());
        assertThat(oci.version()).isEqualTo("1+service:max-missing=0");
        assertThat(oci.provenance(MISSING_ANSWER_RULE)).isEqualTo(Provenance.SET_BY_SERVICE);
        assertThatThrownBy(() -> oci.withMissingAnswerRule(new MissingAnswerRule.MeanSubstitution(18)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aCatalogueTakesAServicesDefinition() {
        InstrumentDefinition own = definition(InstrumentCode.HAI).withOverrides(decimal("20"), null);
        InstrumentCatalogue catalogue = InstrumentCatalogue.standard().with(own);
        assertThat(catalogue.get(InstrumentCode.HAI)).isEqualTo(own);
        assertThat(catalogue.get(InstrumentCode.PHQ9)).isEqualTo(definition(InstrumentCode.PHQ9));
        assertThat(catalogue.all()).hasSize(InstrumentCode.values().length);
    }
}
