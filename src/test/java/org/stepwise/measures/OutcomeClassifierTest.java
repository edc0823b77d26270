package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.measures.OutcomeFixtures.referral;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every branch of domain-reference §2 on PHQ-9 + GAD-7. PHQ-9: case ≥ 10, change 6. GAD-7: case ≥ 8, change 4. */
class OutcomeClassifierTest {

    private final OutcomeClassifier classifier = OutcomeClassifier.standard();

    private ReferralOutcome classify(EndedReferral referral) {
        return classifier.classify(referral);
    }

    @ParameterizedTest(name = "{0} attended treatment appointments → finished {1}")
    @CsvSource({"0, false", "1, false", "2, true", "3, true"})
    void aCourseNeedsTwoAttendedTreatmentAppointments(int appointments, boolean finished) {
        // A clear recovery on paired scores; only the appointment count varies. Below 2 nothing is classified.
        ReferralOutcome outcome = classify(referral(appointments, null, "16 4", "12 2"));
        assertThat(outcome.finishedCourse()).isEqualTo(finished);
        assertThat(outcome.pairedScores()).isTrue();
        assertThat(outcome.recovery()).isEqualTo(finished);
        assertThat(outcome.reliableImprovement()).isEqualTo(finished);
        assertThat(outcome.classified()).isEqualTo(finished);
    }

    @Test
    void notFinishedSetsNoFlagEvenWithPairedCaseScores() {
        // One treatment appointment: not a finished course, so no caseness, recovery or change flag at all.
        ReferralOutcome outcome = classify(referral(1, null, "20 20", "15 15"));
        assertThat(outcome).isEqualTo(ReferralOutcome.withoutOutcome(false, outcome.anxiety(), true));
        assertThat(outcome.notCaseness()).isFalse();
        assertThat(outcome.noReliableChange()).isFalse();
    }

    @ParameterizedTest(name = "PHQ-9 [{0}] GAD-7 [{1}] → no paired data")
    @CsvSource({"'16', '12 2'", "'', '12 2'", "'16 4', '12'", "'16 4', ''", "'', ''"})
    void missingScoresMeanNoPairedData(String phq9, String gad7) {
        // Finished, but a measure with fewer than two scores has no first-and-last pair: no outcome flags.
        ReferralOutcome outcome = classify(referral(4, null, phq9, gad7));
        assertThat(outcome.finishedCourse()).isTrue();
        assertThat(outcome.pairedScores()).isFalse();
        assertThat(outcome.classified()).isFalse();
        assertThat(outcome.casenessAtStart()).isFalse();
        assertThat(outcome.notCaseness()).isFalse();
        assertThat(outcome.recovery()).isFalse();
        assertThat(outcome.noReliableChange()).isFalse();
        assertThat(outcome.depressionChange()).isNull();
    }

    @Test
    void notAtCaseness() {
        // PHQ-9 9 (< 10) and GAD-7 7 (< 8) at the start: not a case. Recovery needs a case at start, so no recovery
        // and no reliable recovery, but the 6-point PHQ-9 drop still counts as reliable improvement (its
        // denominator is everyone who finished).
        ReferralOutcome outcome = classify(referral(5, "F41.1", "9 3", "7 6"));
        assertThat(outcome.casenessAtStart()).isFalse();
        assertThat(outcome.notCaseness()).isTrue();
        assertThat(outcome.recovery()).isFalse();
        assertThat(outcome.reliableImprovement()).isTrue();
        assertThat(outcome.reliableRecovery()).isFalse();
    }

    @Test
    void onlyDepressionAtCaseness() {
        // PHQ-9 10 is a case (at the cut-off counts); GAD-7 5 is not. Caseness needs either measure. At the end
        // PHQ-9 4 and GAD-7 5 are both below: recovered. The PHQ-9 drop of 6 is reliable: reliable recovery.
        ReferralOutcome outcome = classify(referral(6, null, "10 4", "5 5"));
        assertThat(outcome.casenessAtStart()).isTrue();
        assertThat(outcome.recovery()).isTrue();
        assertThat(outcome.depressionChange()).isEqualTo(ReliableChange.IMPROVED);
        assertThat(outcome.anxietyChange()).isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
        assertThat(outcome.reliableImprovement()).isTrue();
        assertThat(outcome.reliableRecovery()).isTrue();
    }

    @Test
    void onlyAnxietyAtCasenessRecoveringWithoutReliableChange() {
        // GAD-7 8 is a case, PHQ-9 5 is not. GAD-7 ends at 7: below the cut-off on both, so recovered, but a drop
        // of 1 is not reliable: recovery without reliable recovery, and "no reliable change".
        ReferralOutcome outcome = classify(referral(3, null, "5 5", "8 7"));
        assertThat(outcome.recovery()).isTrue();
        assertThat(outcome.reliableImprovement()).isFalse();
        assertThat(outcome.reliableRecovery()).isFalse();
        assertThat(outcome.noReliableChange()).isTrue();
        assertThat(outcome.reliableDeterioration()).isFalse();
    }

    @ParameterizedTest(name = "ends PHQ-9 {0}, GAD-7 {1} → recovered {2}")
    @CsvSource({"9, 7, true", "10, 7, false", "9, 8, false", "10, 8, false"})
    void recoveryNeedsNeitherMeasureAtCasenessAtTheEnd(int phq9End, int gad7End, boolean recovered) {
        // Both cases at the start (16, 14). Ending exactly at a cut-off is still a case, so no recovery.
        ReferralOutcome outcome = classify(referral(8, null, "16 " + phq9End, "14 " + gad7End));
        assertThat(outcome.casenessAtStart()).isTrue();
        assertThat(outcome.recovery()).isEqualTo(recovered);
    }

    @ParameterizedTest(name = "PHQ-9 {0}, GAD-7 {1} → depression {2}, anxiety {3}")
    @CsvSource({
            "16 10, 12 12, IMPROVED,           NO_RELIABLE_CHANGE", // PHQ-9 down exactly 6
            "16 11, 12 12, NO_RELIABLE_CHANGE, NO_RELIABLE_CHANGE", // down 5: one short
            "12 12, 12 8,  NO_RELIABLE_CHANGE, IMPROVED",           // GAD-7 down exactly 4
            "12 12, 12 9,  NO_RELIABLE_CHANGE, NO_RELIABLE_CHANGE", // down 3: one short
            "10 16, 9 9,   DETERIORATED,       NO_RELIABLE_CHANGE", // PHQ-9 up exactly 6
            "10 15, 9 9,   NO_RELIABLE_CHANGE, NO_RELIABLE_CHANGE", // up 5
            "10 10, 9 13,  NO_RELIABLE_CHANGE, DETERIORATED",       // GAD-7 up exactly 4
            "10 10, 9 12,  NO_RELIABLE_CHANGE, NO_RELIABLE_CHANGE"}) // up 3
    void changesExactlyAtTheThresholdCount(String phq9, String gad7, ReliableChange depression,
            ReliableChange anxiety) {
        ReferralOutcome outcome = classify(referral(4, null, phq9, gad7));
        assertThat(outcome.depressionChange()).isEqualTo(depression);
        assertThat(outcome.anxietyChange()).isEqualTo(anxiety);
        boolean improved = depression == ReliableChange.IMPROVED || anxiety == ReliableChange.IMPROVED;
        boolean worse = depression == ReliableChange.DETERIORATED || anxiety == ReliableChange.DETERIORATED;
        assertThat(outcome.reliableImprovement()).isEqualTo(improved);
        assertThat(outcome.reliableDeterioration()).isEqualTo(worse);
        assertThat(outcome.noReliableChange()).isEqualTo(!improved && !worse);
    }

    @Test
    void deteriorationOnOneMeasureCancelsImprovementOnTheOther() {
        // PHQ-9 20 → 14 is reliable improvement, GAD-7 5 → 9 reliable deterioration. Reliable improvement needs no
        // reliable deterioration on the other measure, so it is not reliable improvement, and so not reliable
        // recovery. By default it counts as reliable deterioration (the unconfirmed choice, see MixedChange).
        ReferralOutcome outcome = classify(referral(7, null, "20 14", "5 9"));
        assertThat(outcome.reliableImprovement()).isFalse();
        assertThat(outcome.reliableRecovery()).isFalse();
        assertThat(outcome.reliableDeterioration()).isTrue();
        assertThat(outcome.noReliableChange()).isFalse();
    }

    @Test
    void aMixedChangeCanBeCountedAsNoReliableChange() {
        // The same referral under the other reading of the national rule: neither improvement nor deterioration.
        OutcomeClassifier other = new OutcomeClassifier(InstrumentCatalogue.standard(),
                AnxietyMeasurePairing.standard(), OutcomeClassifier.MixedChange.COUNT_AS_NO_RELIABLE_CHANGE);
        ReferralOutcome outcome = other.classify(referral(7, null, "20 14", "5 9"));
        assertThat(outcome.reliableImprovement()).isFalse();
        assertThat(outcome.reliableDeterioration()).isFalse();
        assertThat(outcome.noReliableChange()).isTrue();
    }

    @Test
    void deteriorationOnBothMeasures() {
        // Both rise by their reliable-change value: reliable deterioration; a case at the end, so no recovery.
        ReferralOutcome outcome = classify(referral(6, null, "8 14", "6 10"));
        assertThat(outcome.casenessAtStart()).isFalse();
        assertThat(outcome.reliableDeterioration()).isTrue();
        assertThat(outcome.reliableImprovement()).isFalse();
        assertThat(outcome.noReliableChange()).isFalse();
    }

    @Test
    void usesFirstAndLastScoresNotTheBestOrWorstInBetween() {
        // A dip to 2 mid-course does not count: first 16, last 12 is a drop of 4, not reliable, and 12 is a case.
        ReferralOutcome outcome = classify(referral(9, null, "16 2 9 12", "6 3 7"));
        assertThat(outcome.depressionChange()).isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
        assertThat(outcome.recovery()).isFalse();
    }

    @Test
    void aServiceCutOffChangesCaseness() {
        // With the service's PHQ-9 cut-off of 12, a start of 11 is no longer a case.
        InstrumentCatalogue own = InstrumentCatalogue.standard()
                .with(TestAnswers.definition(InstrumentCode.PHQ9).withOverrides(TestAnswers.decimal("12"), null));
        OutcomeClassifier classifier = new OutcomeClassifier(own, AnxietyMeasurePairing.standard(),
                OutcomeClassifier.MixedChange.COUNT_AS_DETERIORATION);
        assertThat(classifier.classify(referral(3, null, "11 4", "5 5")).notCaseness()).isTrue();
        assertThat(classify(referral(3, null, "11 4", "5 5")).notCaseness()).isFalse();
    }

    @Test
    void gad7IsUsedWhenTheDescriptorHasNoAdsm() {
        ReferralOutcome outcome = classify(referral(3, "F41.2", "12 12", Map.of(InstrumentCode.GAD7, "12 6")));
        assertThat(outcome.anxiety().measure()).isEqualTo(InstrumentCode.GAD7);
        assertThat(outcome.anxiety().basis()).isEqualTo(AnxietyPairing.Basis.GAD7);
        assertThat(outcome.anxietyChange()).isEqualTo(ReliableChange.IMPROVED);
    }
}
