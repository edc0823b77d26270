package org.stepwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.IntegrationTest;

/**
 * The age band the outcome queries compute in PostgreSQL by comparing dates, at every birthday boundary and
 * against PostgreSQL's own count of whole years.
 */
@IntegrationTest
class AgeBandSqlIT {

    private static final String BAND = Band.yearsCaseSql(Band.AGES, "cast(:born as date)", "cast(:on as date)");

    @Autowired JdbcClient jdbc;

    @ParameterizedTest(name = "born {0}, referred {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            "2008-06-15, 2026-06-14, under18", "2008-06-15, 2026-06-15, 18to25",
            "2000-06-15, 2026-06-14, 18to25", "2000-06-15, 2026-06-15, 26to35",
            "1961-06-15, 2026-06-14, 56to64", "1961-06-15, 2026-06-15, 65over",
            // born on 29 February: a year older on 1 March in a year without one
            "2008-02-29, 2026-02-28, under18", "2008-02-29, 2026-03-01, 18to25",
            "2026-06-15, 2026-06-15, under18", "2026-06-16, 2026-06-15, ''", "none, 2026-06-15, ''"})
    void eachBirthdayMovesThePersonOnOnTheDayItself(LocalDate born, LocalDate on, String band) {
        assertThat(jdbc.sql("select " + BAND).param("born", born).param("on", on).query(String.class).single())
                .isEqualTo(band);
    }

    @Test
    void agreesWithWholeYearsForEveryDayOfBirthOverAHundredYears() {
        String sql = """
                select count(*) from generate_series(date '1925-01-01', date '2026-12-31', interval '1 day') b,
                     (values (date '2026-02-28'), (date '2026-03-01'), (date '2024-02-29'), (date '2026-11-26')) o(d)
                 where b <= o.d and (%s) is distinct from (%s)
                """.formatted(Band.yearsCaseSql(Band.AGES, "b::date", "o.d"),
                ageFromWholeYears("extract(year from age(o.d, b::date))"));
        assertThat(jdbc.sql(sql).query(Long.class).single()).isZero();
    }

    /**
     * The band from PostgreSQL's own whole years, for comparison, for births on or before the date: age() puts a
     * birth up to a year after it at 0 years, where the date comparison rightly finds no band.
     */
    private static String ageFromWholeYears(String years) {
        StringBuilder sql = new StringBuilder("case");
        for (Band band : Band.AGES) {
            sql.append(" when ").append(band.sql(years)).append(" then '").append(band.code()).append('\'');
        }
        return sql.append(" else '' end").toString();
    }
}
