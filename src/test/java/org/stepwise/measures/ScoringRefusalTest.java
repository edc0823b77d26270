package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.measures.TestAnswers.answers;
import static org.stepwise.measures.TestAnswers.definition;
import static org.stepwise.measures.TestAnswers.every;
import static org.stepwise.measures.TestAnswers.firstItemsSummingTo;
import static org.stepwise.measures.TestAnswers.refused;
import static org.stepwise.measures.TestAnswers.scored;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Blank, out-of-range and unknown answers: what is substituted, and what is refused with which message. */
class ScoringRefusalTest {

    @ParameterizedTest(name = "{0} with one blank item is refused")
    @EnumSource(value = InstrumentCode.class, names = {"OCI_R", "MI_ALONE", "MI_ACCOMPANIED"},
            mode = EnumSource.Mode.EXCLUDE)
    void measuresWithoutAPublishedRuleNeedEveryItem(InstrumentCode code) {
        InstrumentDefinition definition = definition(code);
        Map<Integer, Integer> answers = every(definition, definition.items().get(0).lowest());
        answers.remove(2);
        ScoringResult.Refused refusal = refused(definition, answers);
        Item item = definition.items().get(1);
        assertThat(refusal.problems()).containsExactly(new AnswerProblem(2,
                "Question 2: choose an answer from " + item.lowest() + " to " + item.highest()));
    }

    @Test
    void aNullAnswerIsABlank() {
        Map<Integer, Integer> answers = new HashMap<>(answers(1, 1, 1, 1, 1, 1, 1));
        answers.put(3, null);
        assertThat(refused(definition(InstrumentCode.GAD7), answers).problems())
                .containsExactly(new AnswerProblem(3, "Question 3: choose an answer from 0 to 3"));
    }

    @Test
    void anEmptyFormListsEveryQuestion() {
        assertThat(refused(definition(InstrumentCode.PHQ9), Map.of()).problems()).hasSize(9);
        assertThat(refused(definition(InstrumentCode.PHQ9), null).problems()).hasSize(9);
    }

    // OCI-R: 1–2 blanks take the mean of the answered items (prorated total, two decimals); 3 blanks are refused.
    @ParameterizedTest(name = "OCI-R {0} answered summing to {1} → {2}")
    @CsvSource({
            "17, 34, 36.00", // one blank: 34 + 34/17 = 36
            "16, 16, 18.00", // two blanks: 16 + 2 × 1 = 18
            "17, 35, 37.06"}) // 35 × 18 / 17 = 37.0588…, rounded half up
    void ociRSubstitutesTheMeanForUpToTwoBlanks(int answered, int sum, String total) {
        InstrumentDefinition oci = definition(InstrumentCode.OCI_R);
        Score score = scored(oci, firstItemsSummingTo(oci, answered, sum));
        assertThat(score.total().toPlainString()).isEqualTo(total);
        assertThat(score.substituted()).isTrue();
        assertThat(score.missingItems()).hasSize(18 - answered);
    }

    @Test
    void ociRWithThreeBlanksIsNotScoreable() {
        InstrumentDefinition oci = definition(InstrumentCode.OCI_R);
        assertThat(refused(oci, firstItemsSummingTo(oci, 15, 20)).problems()).containsExactly(new AnswerProblem(null,
                "Answer at least 16 of the 18 questions: up to 2 may be left blank, and 3 are blank."));
    }

    @Test
    void ociRSubstitutedTotalDecidesCaseness() {
        // 16 answered summing to 15: 15 × 18 / 16 = 16.875 → 16.88, below the cut-off of 17.
        InstrumentDefinition oci = definition(InstrumentCode.OCI_R);
        Score score = scored(oci, firstItemsSummingTo(oci, 16, 15));
        assertThat(score.total().toPlainString()).isEqualTo("16.88");
        assertThat(score.caseness()).isEqualTo(Caseness.NOT_CASE);
    }

    @Test
    void mobilityInventoryTakesTheMeanOfUpToFiveSkippedSituations() {
        InstrumentDefinition mi = definition(InstrumentCode.MI_ALONE);
        Score score = scored(mi, firstItemsSummingTo(mi, 22, 66));
        assertThat(score.total().toPlainString()).isEqualTo("3.00");
        assertThat(score.missingItems()).containsExactly(23, 24, 25, 26, 27);
        assertThat(score.substituted()).isTrue();
    }

    @Test
    void mobilityInventoryWithSixSkippedIsInvalid() {
        InstrumentDefinition mi = definition(InstrumentCode.MI_ALONE);
        assertThat(refused(mi, firstItemsSummingTo(mi, 21, 63)).problems()).containsExactly(new AnswerProblem(null,
                "Answer at least 22 of the 27 situations: up to 5 may be left blank, and 6 are blank."));
    }

    @ParameterizedTest(name = "{0} item {1} = {2} → \"{3}\"")
    @CsvSource(delimiter = '|', value = {
            "PHQ9          | 3 | 4  | Question 3: choose an answer from 0 to 3",
            "PHQ9          | 3 | -1 | Question 3: choose an answer from 0 to 3",
            "GAD7          | 7 | 4  | Question 7: choose an answer from 0 to 3",
            "WSAS          | 1 | 9  | Question 1: choose an answer from 0 to 8",
            "PHOBIA_SCALES | 2 | 9  | Question 2: choose an answer from 0 to 8",
            "MI_ALONE      | 1 | 0  | Situation 1: choose an answer from 1 to 5",
            "MI_ALONE      | 1 | 6  | Situation 1: choose an answer from 1 to 5",
            "SPIN          | 5 | 5  | Question 5: choose an answer from 0 to 4",
            "HAI           | 14 | 4 | Question 14: choose an answer from 0 to 3"})
    void refusesAnAnswerOutOfRangeBesideItsQuestion(InstrumentCode code, int item, int answer, String message) {
        InstrumentDefinition definition = definition(code);
        Map<Integer, Integer> answers = every(definition, definition.items().get(0).lowest());
        answers.put(item, answer);
        assertThat(refused(definition, answers).problems()).containsExactly(new AnswerProblem(item, message));
    }

    @ParameterizedTest(name = "PHQ-9 unknown item {0}")
    @CsvSource({"10", "0", "-3"})
    void refusesAnItemTheMeasureDoesNotHave(int item) {
        Map<Integer, Integer> answers = every(definition(InstrumentCode.PHQ9), 0);
        answers.put(item, 1);
        assertThat(refused(definition(InstrumentCode.PHQ9), answers).problems()).containsExactly(
                new AnswerProblem(item, "Question " + item + ": the PHQ-9 has questions 1 to 9 only"));
    }

    @Test
    void listsWholeFormProblemsFirstThenByQuestion() {
        InstrumentDefinition oci = definition(InstrumentCode.OCI_R);
        Map<Integer, Integer> answers = firstItemsSummingTo(oci, 15, 15);
        answers.put(9, 7);
        answers.put(2, 5);
        assertThat(refused(oci, answers).problems()).extracting(AnswerProblem::itemNumber)
                .containsExactly(null, 2, 9);
    }

    @Test
    void aRefusedPhq9StillRaisesTheRiskFlagFromItem9() {
        // Item 9 answered "several days" but question 1 left blank: nothing is scored, yet a clinician must know.
        Map<Integer, Integer> answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 1);
        answers.remove(1);
        ScoringResult result = Scoring.score(definition(InstrumentCode.PHQ9), answers);
        assertThat(result).isInstanceOf(ScoringResult.Refused.class);
        assertThat(result.riskFlagRaised()).isTrue();
    }

    @Test
    void anOutOfRangePositiveItem9StillRaisesTheRiskFlag() {
        ScoringResult result = Scoring.score(definition(InstrumentCode.PHQ9), answers(0, 0, 0, 0, 0, 0, 0, 0, 4));
        assertThat(result).isInstanceOf(ScoringResult.Refused.class);
        assertThat(result.riskFlagRaised()).isTrue();
    }

    @Test
    void aRefusedPhq9WithItem9AtZeroRaisesNoFlag() {
        Map<Integer, Integer> answers = answers(0, 0, 0, 0, 0, 0, 0, 0, 0);
        answers.remove(1);
        assertThat(Scoring.score(definition(InstrumentCode.PHQ9), answers).riskFlagRaised()).isFalse();
    }
}
