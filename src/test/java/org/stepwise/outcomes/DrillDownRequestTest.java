package org.stepwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.shared.NotFoundException;

/** A drill-down link that Stepwise did not make is "not found", whatever part of it is wrong. */
class DrillDownRequestTest {

    @Test
    void aMonthRowNamesItsMonth() {
        DrillDownRequest request = DrillDownRequest.parse("recovered", "month", "2026-10", null);
        assertThat(request.figure()).isEqualTo(Figures.RECOVERED);
        assertThat(request.dimension()).isEqualTo(Dimension.MONTH);
        assertThat(request.key()).isEqualTo("2026-10");
    }

    @ParameterizedTest(name = "figure {0}, breakdown {1}, key {2}: {3}")
    @CsvSource(nullValues = "none", value = {
            "no-such-figure, none, none, No such figure",
            "recovered, no-such-breakdown, x, No such breakdown",
            "recovered, month, 2026-13, No such month",
            "recovered, month, October, No such month",
            "recovered, month, '', No such month",
            "recovered, month, none, No such month"})
    void anythingElseIsNotFound(String figure, String dimension, String key, String message) {
        assertThatThrownBy(() -> DrillDownRequest.parse(figure, dimension, key, null))
                .isInstanceOf(NotFoundException.class).hasMessage(message);
    }
}
