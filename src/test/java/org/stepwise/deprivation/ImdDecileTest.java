package org.stepwise.deprivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImdDecileTest {

    @ParameterizedTest(name = "decile {0} reads \"{1}\"")
    @CsvSource({"1, 1 \u2013 most deprived", "2, 2", "9, 9", "10, 10 \u2013 least deprived"})
    void decilesSayWhichEndIsMostDeprived(int decile, String label) {
        assertThat(ImdDecile.label(decile)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"0", "11"})
    void thereAreTenDeciles(int decile) {
        assertThatThrownBy(() -> ImdDecile.label(decile)).isInstanceOf(IllegalArgumentException.class);
    }
}
