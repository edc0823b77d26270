package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.measures.OutcomeFixtures.referral;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutcomeTallyTest {

    private final OutcomeClassifier classifier = OutcomeClassifier.standard();

    @Test
    void countsWithTheNationalDenominators() {
        List<ReferralOutcome> ended = List.of(
                classifier.classify(referral(1, null, "16 4", "12 2")),  // not finished: left out entirely
                classifier.classify(referral(3, null, "16 4", "12 2")),  // case, recovered, reliably improved
                classifier.classify(referral(3, null, "16 12", "12 9")), // case, not recovered, no reliable change
                classifier.classify(referral(3, null, "9 3", "7 6")),    // not a case at start, reliably improved
                classifier.classify(referral(3, null, "10 16", "8 8")),  // case, deteriorated
                classifier.classify(referral(3, null, "16", "12")));     // finished without paired scores

        OutcomeTally tally = OutcomeTally.of(ended);

        assertThat(tally.finished()).isEqualTo(5);
        assertThat(tally.finishedWithPairedScores()).isEqualTo(4);
        assertThat(tally.notCaseness()).isEqualTo(1);
        assertThat(tally.recovered()).isEqualTo(1);
        assertThat(tally.reliablyImproved()).isEqualTo(2);
        assertThat(tally.reliablyRecovered()).isEqualTo(1);
        assertThat(tally.reliablyDeteriorated()).isEqualTo(1);
        assertThat(tally.noReliableChange()).isEqualTo(1);
        // Recovery and reliable recovery over finished − not at caseness = 5 − 1; the unpaired finisher stays in.
        assertThat(tally.recovery()).isEqualTo(new Rate(1, 4));
        assertThat(tally.reliableRecovery()).isEqualTo(new Rate(1, 4));
        // Reliable improvement over everyone who finished.
        assertThat(tally.reliableImprovement()).isEqualTo(new Rate(2, 5));
        assertThat(tally.dataCompleteness()).isEqualTo(new Rate(4, 5));
    }

    @Test
    void nothingEndedGivesZeroOverZero() {
        OutcomeTally tally = OutcomeTally.of(List.of());
        assertThat(tally.recovery()).isEqualTo(new Rate(0, 0));
        assertThat(tally.dataCompleteness()).isEqualTo(new Rate(0, 0));
    }

    @Test
    void aRateCannotExceedItsDenominator() {
        assertThatThrownBy(() -> new Rate(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
