package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.measures.TestAnswers.decimal;
import static org.stepwise.measures.TestAnswers.definition;
import static org.stepwise.measures.TestAnswers.every;
import static org.stepwise.measures.TestAnswers.scored;
import static org.stepwise.measures.TestAnswers.summingTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReliableChangeTest {

    // Exactly at the reliable-change value counts ("6 or more"); one short of it does not. Both directions.
    @ParameterizedTest(name = "{0}: {1} → {2} is {3}")
    @CsvSource({
            "PHQ9,     16,   10,   IMPROVED", "PHQ9,     16,   11,   NO_RELIABLE_CHANGE",
            "PHQ9,     10,   16,   DETERIORATED", "PHQ9,     10,   15,   NO_RELIABLE_CHANGE",
            "GAD7,     12,   8,    IMPROVED", "GAD7,     12,   9,    NO_RELIABLE_CHANGE",
            "GAD7,     8,    12,   DETERIORATED", "GAD7,     8,    11,   NO_RELIABLE_CHANGE",
            "MI_ALONE, 3.00, 2.27, IMPROVED", "MI_ALONE, 3.00, 2.28, NO_RELIABLE_CHANGE",
            "MI_ALONE, 3.00, 3.73, DETERIORATED", "MI_ALONE, 3.00, 3.72, NO_RELIABLE_CHANGE",
            "SPIN,     30,   20,   IMPROVED", "SPIN,     30,   21,   NO_RELIABLE_CHANGE",
            "SPIN,     20,   30,   DETERIORATED", "SPIN,     20,   29,   NO_RELIABLE_CHANGE",
            "PDSS,     15,   10,   IMPROVED", "PDSS,     15,   11,   NO_RELIABLE_CHANGE",
            "PDSS,     10,   15,   DETERIORATED", "PDSS,     10,   14,   NO_RELIABLE_CHANGE",
            "OCI_R,    30,   17,   IMPROVED", "OCI_R,    30,   18,   NO_RELIABLE_CHANGE",
            "OCI_R,    17,   30,   DETERIORATED", "OCI_R,    17,   29,   NO_RELIABLE_CHANGE",
            "OCI_R,    30,   16.88, IMPROVED", // a substituted total 13.12 lower
            "PCL5,     40,   30,   IMPROVED", "PCL5,     40,   31,   NO_RELIABLE_CHANGE",
            "PCL5,     30,   40,   DETERIORATED", "PCL5,     30,   39,   NO_RELIABLE_CHANGE",
            "HAI,      20,   16,   IMPROVED", "HAI,      20,   17,   NO_RELIABLE_CHANGE",
            "HAI,      16,   20,   DETERIORATED", "HAI,      16,   19,   NO_RELIABLE_CHANGE",
            "IES_R,    40,   31,   IMPROVED", "IES_R,    40,   32,   NO_RELIABLE_CHANGE",
            "IES_R,    31,   40,   DETERIORATED", "IES_R,    31,   39,   NO_RELIABLE_CHANGE"})
    void reliableChangeIsAtLeastTheValue(InstrumentCode code, String first, String last, ReliableChange expected) {
        assertThat(ReliableChange.between(definition(code), decimal(first), decimal(last))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} has no reliable-change value")
    @CsvSource({"WSAS", "PHOBIA_SCALES", "MI_ACCOMPANIED"})
    void measuresWithoutAReliableChangeValueAreNotMeasured(InstrumentCode code) {
        InstrumentDefinition definition = definition(code);
        assertThat(ReliableChange.between(definition, definition.highestTotal(), definition.lowestTotal()))
                .isEqualTo(ReliableChange.NOT_MEASURED);
    }

    @Test
    void aServiceValueReplacesTheDefault() {
        InstrumentDefinition spin = definition(InstrumentCode.SPIN).withOverrides(null, decimal("12"));
        assertThat(ReliableChange.between(spin, decimal("30"), decimal("20")))
                .isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
        assertThat(ReliableChange.between(spin, decimal("30"), decimal("18"))).isEqualTo(ReliableChange.IMPROVED);
    }

    @Test
    void comparesTwoStoredScores() {
        InstrumentDefinition phq9 = definition(InstrumentCode.PHQ9);
        Score first = scored(phq9, summingTo(phq9, 18));
        Score last = scored(phq9, summingTo(phq9, 12));
        assertThat(ReliableChange.between(phq9, first, last)).isEqualTo(ReliableChange.IMPROVED);
    }

    @Test
    void refusesScoresOfAnotherMeasure() {
        InstrumentDefinition gad7 = definition(InstrumentCode.GAD7);
        Score gad = scored(gad7, every(gad7, 1));
        Score phq = scored(definition(InstrumentCode.PHQ9), every(definition(InstrumentCode.PHQ9), 1));
        assertThatThrownBy(() -> ReliableChange.between(gad7, gad, phq)).isInstanceOf(IllegalArgumentException.class);
    }
}
