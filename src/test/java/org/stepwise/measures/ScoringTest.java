package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.measures.TestAnswers.answers;
import static org.stepwise.measures.TestAnswers.decimal;
import static org.stepwise.measures.TestAnswers.definition;
import static org.stepwise.measures.TestAnswers.every;
import static org.stepwise.measures.TestAnswers.firstItemsSummingTo;
import static org.stepwise.measures.TestAnswers.scored;
import static org.stepwise.measures.TestAnswers.summingTo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Totals, caseness at every boundary and bands, one row per boundary. Missing and bad answers: ScoringRefusalTest. */
class ScoringTest {

    @ParameterizedTest(name = "{0}: all {1} → {2} ({3}); all {4} → {5} ({6})")
    @CsvSource({
            "PHQ9,           0, 0,    NOT_CASE,               3, 27,   CASE",
            "GAD7,           0, 0,    NOT_CASE,               3, 21,   CASE",
            "WSAS,           0, 0,    NOT_A_CASENESS_MEASURE, 8, 40,   NOT_A_CASENESS_MEASURE",
            "PHOBIA_SCALES,  0, 0,    NOT_CASE,               8, 24,   CASE",
            "MI_ALONE,       1, 1.00, NOT_CASE,               5, 5.00, CASE",
            "MI_ACCOMPANIED, 1, 1.00, NOT_A_CASENESS_MEASURE, 5, 5.00, NOT_A_CASENESS_MEASURE",
            "SPIN,           0, 0,    NOT_CASE,               4, 68,   CASE",
            "PDSS,           0, 0,    NOT_CASE,               4, 28,   CASE",
            "OCI_R,          0, 0,    NOT_CASE,               4, 72,   CASE",
            "PCL5,           0, 0,    NOT_CASE,               4, 80,   CASE",
            "HAI,            0, 0,    NOT_CASE,               3, 42,   CASE",
            "IES_R,          0, 0,    NOT_CASE,               4, 88,   CASE"})
    void scoresTheLowestAndHighestAnswers(InstrumentCode code, int lowest, String lowestTotal, Caseness lowCaseness,
            int highest, String highestTotal, Caseness highCaseness) {
        InstrumentDefinition definition = definition(code);
        Score low = scored(definition, every(definition, lowest));
        Score high = scored(definition, every(definition, highest));
        // toString compares the scale too: sums have no decimals, means have two.
        assertThat(low.total().toPlainString()).isEqualTo(lowestTotal);
        assertThat(high.total().toPlainString()).isEqualTo(highestTotal);
        assertThat(low.caseness()).isEqualTo(lowCaseness);
        assertThat(high.caseness()).isEqualTo(highCaseness);
        assertThat(low.substituted()).isFalse();
    }

    // One below, at and one above each summed cut-off: "at" is a case (>=).
    @ParameterizedTest(name = "{0} total {1} → {2}")
    @CsvSource({
            "PHQ9,  9,  NOT_CASE", "PHQ9,  10, CASE", "PHQ9,  11, CASE",
            "GAD7,  7,  NOT_CASE", "GAD7,  8,  CASE", "GAD7,  9,  CASE",
            "SPIN,  18, NOT_CASE", "SPIN,  19, CASE", "SPIN,  20, CASE",
            "PDSS,  7,  NOT_CASE", "PDSS,  8,  CASE", "PDSS,  9,  CASE",
            "OCI_R, 16, NOT_CASE", "OCI_R, 17, CASE", "OCI_R, 18, CASE",
            "PCL5,  31, NOT_CASE", "PCL5,  32, CASE", "PCL5,  33, CASE",
            "HAI,   17, NOT_CASE", "HAI,   18, CASE", "HAI,   19, CASE",
            "IES_R, 32, NOT_CASE", "IES_R, 33, CASE", "IES_R, 34, CASE"})
    void casenessAtOrAboveTheCutOff(InstrumentCode code, int total, Caseness expected) {
        Score score = scored(definition(code), summingTo(definition(code), total));
        assertThat(score.total()).isEqualByComparingTo(String.valueOf(total));
        assertThat(score.caseness()).isEqualTo(expected);
    }

    // Mobility Inventory alone: a case only ABOVE an average of 2.3, decided on the stored two-decimal mean.
    @ParameterizedTest(name = "MI alone: {0} situations summing to {1} → mean {2} → {3}")
    @CsvSource({
            "24, 55, 2.29, NOT_CASE", // one below
            "27, 62, 2.30, NOT_CASE", // at the cut-off: not above it
            "23, 53, 2.30, NOT_CASE", // 2.3043… is stored as 2.30, and the stored value decides
            "26, 60, 2.31, CASE"})    // one above
    void mobilityInventoryAloneIsACaseOnlyAbove2point3(int answered, int sum, String mean, Caseness expected) {
        InstrumentDefinition mi = definition(InstrumentCode.MI_ALONE);
        Score score = scored(mi, firstItemsSummingTo(mi, answered, sum));
        assertThat(score.total().toPlainString()).isEqualTo(mean);
        assertThat(score.caseness()).isEqualTo(expected);
    }

    // IAPT phobia scales: a case when ANY item is 4 or more, whatever the total.
    @ParameterizedTest(name = "phobia scales {0}, {1}, {2} → {3}")
    @CsvSource({
            "3, 3, 3, NOT_CASE", // one below on every item, total 9
            "4, 0, 0, CASE",     // at the cut-off on the social item
            "0, 4, 0, CASE",     // at the cut-off on the panic item
            "0, 0, 5, CASE",     // one above on the specific item
            "0, 0, 0, NOT_CASE"})
    void phobiaScalesAreACaseWhenAnyItemIsAtLeast4(int social, int panic, int specific, Caseness expected) {
        Score score = scored(definition(InstrumentCode.PHOBIA_SCALES), answers(social, panic, specific));
        assertThat(score.caseness()).isEqualTo(expected);
        assertThat(score.total()).isEqualByComparingTo(String.valueOf(social + panic + specific));
    }

    @ParameterizedTest(name = "PHQ-9 {0} → {1}")
    @CsvSource({
            "0, None or minimal", "4, None or minimal", "5, Mild", "9, Mild", "10, Moderate", "14, Moderate",
            "15, Moderately severe", "19, Moderately severe", "20, Severe", "27, Severe"})
    void phq9Bands(int total, String band) {
        assertThat(scored(definition(InstrumentCode.PHQ9), summingTo(definition(InstrumentCode.PHQ9), total))
                .severity().orElseThrow().label()).isEqualTo(band);
    }

    @ParameterizedTest(name = "GAD-7 {0} → {1}")
    @CsvSource({
            "0, Minimal", "4, Minimal", "5, Mild", "9, Mild", "10, Moderate", "14, Moderate", "15, Severe",
            "21, Severe"})
    void gad7Bands(int total, String band) {
        assertThat(scored(definition(InstrumentCode.GAD7), summingTo(definition(InstrumentCode.GAD7), total))
                .severity().orElseThrow().label()).isEqualTo(band);
    }

    @ParameterizedTest(name = "WSAS {0} → {1}")
    @CsvSource({
            "9, Subclinical", "10, Significant impairment", "20, Significant impairment",
            "21, Moderately severe impairment or worse"})
    void wsasBandsButNoCaseness(int total, String band) {
        Score score = scored(definition(InstrumentCode.WSAS), summingTo(definition(InstrumentCode.WSAS), total));
        assertThat(score.severity().orElseThrow().label()).isEqualTo(band);
        assertThat(score.caseness()).isEqualTo(Caseness.NOT_A_CASENESS_MEASURE);
    }

    @Test
    void measuresWithoutBandsHaveNone() {
        assertThat(scored(definition(InstrumentCode.SPIN), summingTo(definition(InstrumentCode.SPIN), 30)).severity())
                .isEmpty();
    }

    @ParameterizedTest(name = "PHQ-9 item 9 = {0} → risk flag {1}")
    @CsvSource({"0, false", "1, true", "2, true", "3, true"})
    void phq9Item9AboveZeroRaisesTheRiskFlag(int item9, boolean flag) {
        Score score = scored(definition(InstrumentCode.PHQ9), answers(0, 0, 0, 0, 0, 0, 0, 0, item9));
        assertThat(score.riskFlagRaised()).isEqualTo(flag);
    }

    @Test
    void otherMeasuresNeverRaiseARiskFlag() {
        assertThat(scored(definition(InstrumentCode.GAD7), every(definition(InstrumentCode.GAD7), 3)).riskFlagRaised())
                .isFalse();
    }

    @Test
    void aScoreKeepsTheAnswersAndTheVersion() {
        Map<Integer, Integer> answers = new HashMap<>(answers(1, 2, 3, 0, 1, 2, 3));
        Score score = scored(definition(InstrumentCode.GAD7), answers);
        answers.put(1, 3); // the caller's map changing later does not change the score
        assertThat(score.answersInOrder()).containsExactly(Map.entry(1, 1), Map.entry(2, 2), Map.entry(3, 3),
                Map.entry(4, 0), Map.entry(5, 1), Map.entry(6, 2), Map.entry(7, 3));
        assertThat(score.total()).isEqualByComparingTo("12");
        assertThat(score.instrument()).isEqualTo(InstrumentCode.GAD7);
        assertThat(score.definitionVersion()).isEqualTo("1");
        assertThat(score.total()).isEqualTo(decimal("12"));
    }
}
