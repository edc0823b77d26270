package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Synthetic trajectories against the expected response: on track, off track, and a late responder. */
class ExpectedResponseTest {

    /** Moderately severe PHQ-9 starters (band 3): the 80th percentile falls from 16 at session 2 to 9 at session 6. */
    static final ExpectedResponse SERVICE = new ExpectedResponse(Map.of(
            new ExpectedResponse.Key("PHQ9", 3, 2), new BigDecimal("16"),
            new ExpectedResponse.Key("PHQ9", 3, 3), new BigDecimal("14"),
            new ExpectedResponse.Key("PHQ9", 3, 4), new BigDecimal("12"),
            new ExpectedResponse.Key("PHQ9", 3, 6), new BigDecimal("9")), 3);

    @ParameterizedTest(name = "intake {0}, session {1}, latest {2} → not on track {3}")
    @CsvSource({
            "17, 2, 16, false",   // at the boundary is on track
            "17, 2, 17, true",    // above it is not
            "17, 4, 12, false",
            "17, 4, 13, true",
            "17, 6, 9, false",
            "17, 6, 10, true",
            "17, 1, 27, false"})  // nothing to compare at the first score
    void aCaseIsNotOnTrackAboveTheServicesUpperBoundary(int intake, int session, int latest, boolean expected) {
        assertThat(SERVICE.notOnTrack("PHQ9", BigDecimal.valueOf(intake), session, BigDecimal.valueOf(latest)))
                .isEqualTo(expected);
    }

    @Test
    void withTooFewCasesTheDefaultFlagsNoImprovementFromTheReviewSession() {
        ExpectedResponse none = new ExpectedResponse(Map.of(), 3);
        assertThat(none.notOnTrack("PHQ9", new BigDecimal("15"), 2, new BigDecimal("15"))).isFalse();
        assertThat(none.notOnTrack("PHQ9", new BigDecimal("15"), 3, new BigDecimal("15"))).isTrue();
        assertThat(none.notOnTrack("PHQ9", new BigDecimal("15"), 3, new BigDecimal("14"))).isFalse();
        assertThat(none.notOnTrack("GAD7", new BigDecimal("12"), 5, new BigDecimal("13"))).isTrue();
    }

    @Test
    void aLateResponderIsFlaggedEarlyAndClearsOnceTheyImprove() {
        // Flat until session 4, then a steep fall: flagged while flat, on track once the fall comes (PMC6428692).
        int[] scores = {17, 16, 16, 15, 11, 8};
        boolean[] flagged = new boolean[scores.length];
        for (int i = 1; i < scores.length; i++) {
            flagged[i] = SERVICE.notOnTrack("PHQ9", BigDecimal.valueOf(scores[0]), i + 1, BigDecimal.valueOf(scores[i]));
        }
        assertThat(flagged[1]).isFalse();
        assertThat(flagged[2]).isTrue();
        assertThat(flagged[3]).isTrue();
        assertThat(flagged[5]).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"PHQ9, 4, 0", "PHQ9, 5, 1", "PHQ9, 14, 2", "PHQ9, 15, 3", "PHQ9, 20, 4", "GAD7, 15, 3", "GAD7, 21, 3"})
    void intakeBandsFollowTheNationalSeverityBands(String measure, int intake, int band) {
        assertThat(ExpectedResponse.band(measure, BigDecimal.valueOf(intake))).isEqualTo(band);
    }
}
