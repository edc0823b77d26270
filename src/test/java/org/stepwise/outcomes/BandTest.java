package org.stepwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandTest {

    @ParameterizedTest(name = "a wait of {0} days is in {1}")
    @CsvSource({
            "0, upto28", "28, upto28", "29, 29to56", "56, 29to56", "57, 57to90", "90, 57to90", "91, over90",
            "400, over90"})
    void waitsFallInExactlyOneBandAtTheBoundaries(long days, String band) {
        assertThat(in(Band.WAITS, days)).containsExactly(band);
    }

    @ParameterizedTest(name = "no contact for {0} days is in [{1}]")
    @CsvSource({"0, ''", "60, ''", "61, 61to90", "90, 61to90", "91, 91to120", "120, 91to120", "121, over120"})
    void openReferralsWithoutContactAreCountedFromDay61(long days, String band) {
        assertThat(in(Band.NO_CONTACT, days)).containsExactlyElementsOf(band.isEmpty() ? List.of() : List.of(band));
    }

    @ParameterizedTest(name = "aged {0} when referred is {1}")
    @CsvSource({"16, under18", "17, under18", "18, 18to25", "25, 18to25", "26, 26to35", "64, 56to64",
            "65, 65over", "99, 65over"})
    void agesFallInTheNationalBands(long years, String band) {
        assertThat(in(Band.AGES, years)).containsExactly(band);
    }

    @ParameterizedTest(name = "{0} days: the SQL condition agrees")
    @CsvSource({"28, upto28, 'd between 0 and 28'", "91, over90, 'd >= 91'"})
    void theSqlConditionUsesTheSameBounds(long days, String code, String sql) {
        assertThat(Band.of(Band.WAITS, code).sql("d")).isEqualTo(sql);
        assertThat(Band.of(Band.WAITS, code).contains(days)).isTrue();
    }

    private static List<String> in(List<Band> bands, long value) {
        return bands.stream().filter(b -> b.contains(value)).map(Band::code).toList();
    }
}
