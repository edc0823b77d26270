package org.stepwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.measures.Rate;

class RateTextTest {

    @ParameterizedTest(name = "{0} of {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "0 | 0  | none to count",
            "0 | 1  | 0 of 1",
            "3 | 5  | 3 of 5",
            "9 | 9  | 9 of 9",
            "5 | 10 | 5 of 10 (50.0%)",
            "0 | 10 | 0 of 10 (0.0%)",
            "2 | 30 | 2 of 30 (6.7%)",
            "1 | 8000 | 1 of 8000 (0.0%)",
            "2 | 3000 | 2 of 3000 (0.1%)"})
    void smallDenominatorsAreShownOnlyAsNumbers(int numerator, int denominator, String text) {
        assertThat(RateText.of(new Rate(numerator, denominator))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} of {1}: chart point {2}")
    @CsvSource(value = {"4, 9, ", "9, 10, 90.0", "1, 3, ", "0, 0, ", "1, 16, 6.3"})
    void chartsLeaveOutWhatTheTablesShowOnlyAsNumbers(int numerator, int denominator, String percent) {
        var shown = RateText.percentOrNull(new Rate(numerator, denominator));
        assertThat(shown == null ? null : shown.toPlainString()).isEqualTo(percent);
    }
}
