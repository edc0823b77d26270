package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepwise.measures.OutcomeFixtures.referral;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outcomes when the problem descriptor has an ADSM: the ADSM replaces GAD-7 when paired, GAD-7 otherwise. */
class AdsmOutcomeTest {

    // For each descriptor: PHQ-9 5 → 5 and GAD-7 3 → 3 (neither a case, no change). The ADSM starts at its case
    // threshold and falls by exactly its reliable-change value to below it. If the ADSM is used the referral is a
    // case that recovered with reliable improvement; had GAD-7 been used it would be "not at caseness".
    @ParameterizedTest(name = "{0} pairs {1}: {2}")
    @CsvSource({
            "F40.0, MI_ALONE, 3.10 2.37", // mean above 2.3 → 2.37 (drop 0.73), still above: see next test
            "F40.0, MI_ALONE, 3.03 2.30", // mean 3.03 → 2.30 (drop 0.73), 2.30 is not above 2.3
            "F40.1, SPIN,     19 9",
            "F41.0, PDSS,     8 3",
            "F42,   OCI_R,    17 4",
            "F42.1, OCI_R,    17 4",
            "F43.1, PCL5,     32 22",
            "F45.2, HAI,      18 14"})
    void aPairedAdsmIsUsedInsteadOfGad7(String descriptor, InstrumentCode adsm, String adsmTotals) {
        ReferralOutcome outcome = OutcomeClassifier.standard().classify(
                referral(4, descriptor, "5 5", Map.of(InstrumentCode.GAD7, "3 3", adsm, adsmTotals)));
        assertThat(outcome.anxiety().measure()).isEqualTo(adsm);
        assertThat(outcome.anxiety().usesAdsm()).isTrue();
        assertThat(outcome.casenessAtStart()).isTrue();
        assertThat(outcome.anxietyChange()).isEqualTo(ReliableChange.IMPROVED);
        assertThat(outcome.reliableImprovement()).isTrue();
        boolean endsAboveMiCutOff = adsmTotals.endsWith("2.37");
        assertThat(outcome.recovery()).isEqualTo(!endsAboveMiCutOff);
        assertThat(outcome.reliableRecovery()).isEqualTo(!endsAboveMiCutOff);
    }

    @Test
    void iesRWhenTheServiceChoseIt() {
        OutcomeClassifier classifier = new OutcomeClassifier(InstrumentCatalogue.standard(),
                new AnxietyMeasurePairing(InstrumentCode.IES_R), OutcomeClassifier.MixedChange.COUNT_AS_DETERIORATION);
        // IES-R 33 (case) → 24 (drop 9, reliable; below 33): recovered through the ADSM.
        ReferralOutcome outcome = classifier.classify(referral(4, "F43.1", "5 5",
                Map.of(InstrumentCode.GAD7, "3 3", InstrumentCode.IES_R, "33 24", InstrumentCode.PCL5, "50 50")));
        assertThat(outcome.anxiety().measure()).isEqualTo(InstrumentCode.IES_R);
        assertThat(outcome.recovery()).isTrue();
        assertThat(outcome.reliableRecovery()).isTrue();
    }

    @Test
    void mobilityInventoryCasenessIsAboveTheMeanCutOff() {
        // MI alone starting at exactly 2.30 is not a case (the rule is "above 2.3"); PHQ-9 and GAD-7 are not cases.
        ReferralOutcome outcome = OutcomeClassifier.standard().classify(referral(4, "F40.0", "5 5",
                Map.of(InstrumentCode.GAD7, "3 3", InstrumentCode.MI_ALONE, "2.30 1.50")));
        assertThat(outcome.anxiety().measure()).isEqualTo(InstrumentCode.MI_ALONE);
        assertThat(outcome.notCaseness()).isTrue();
    }

    @Test
    void anUnpairedAdsmFallsBackToGad7() {
        // Social phobia, but SPIN was recorded once: GAD-7 is used. GAD-7 12 → 6 is a case that recovered with a
        // reliable drop, whatever the lone SPIN score says.
        ReferralOutcome outcome = OutcomeClassifier.standard().classify(referral(4, "F40.1", "5 5",
                Map.of(InstrumentCode.GAD7, "12 6", InstrumentCode.SPIN, "60")));
        assertThat(outcome.anxiety()).isEqualTo(new AnxietyPairing(InstrumentCode.GAD7,
                AnxietyPairing.Basis.GAD7_FALLBACK, InstrumentCode.SPIN));
        assertThat(outcome.pairedScores()).isTrue();
        assertThat(outcome.reliableRecovery()).isTrue();
    }

    @Test
    void anUnpairedAdsmAndAnUnpairedGad7MeanNoPairedData() {
        ReferralOutcome outcome = OutcomeClassifier.standard().classify(referral(4, "F41.0", "14 6",
                Map.of(InstrumentCode.GAD7, "12", InstrumentCode.PDSS, "20")));
        assertThat(outcome.anxiety().basis()).isEqualTo(AnxietyPairing.Basis.GAD7_FALLBACK);
        assertThat(outcome.pairedScores()).isFalse();
        assertThat(outcome.recovery()).isFalse();
    }

    @Test
    void adsmDeteriorationCancelsPhq9Improvement() {
        // OCD: PHQ-9 18 → 12 (reliable improvement) but OCI-R 20 → 33 (rise of 13, reliable deterioration).
        // Not reliable improvement; a case at the end on both, so no recovery.
        ReferralOutcome outcome = OutcomeClassifier.standard().classify(referral(10, "F42", "18 12",
                Map.of(InstrumentCode.GAD7, "10 2", InstrumentCode.OCI_R, "20 33")));
        assertThat(outcome.depressionChange()).isEqualTo(ReliableChange.IMPROVED);
        assertThat(outcome.anxietyChange()).isEqualTo(ReliableChange.DETERIORATED);
        assertThat(outcome.reliableImprovement()).isFalse();
        assertThat(outcome.recovery()).isFalse();
        assertThat(outcome.reliableDeterioration()).isTrue();
    }
}
