package org.stepwise.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.stepwise.web.FormErrors;

class ReportingMonthTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ParameterizedTest(name = "month \"{0}\" year \"{1}\" is {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            3       | 2026 | 2026-03
            03      | 2026 | 2026-03
            ' 12 '  | 2025 | 2025-12
            11      | 2026 | 2026-11
            4       | 2012 | 2012-04
            """)
    void readsAMonthThatHasBegun(String month, String year, String expected) {
        FormErrors errors = new FormErrors();
        Optional<ReportingMonth> read = ReportingMonth.read(month, year, TODAY, errors);
        assertThat(errors.any()).isFalse();
        assertThat(read).contains(new ReportingMonth(YearMonth.parse(expected)));
    }

    @ParameterizedTest(name = "month \"{0}\" year \"{1}\": {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null | null  | Enter the month to report on, for example 3 and 2026
            ''   | ''    | Enter the month to report on, for example 3 and 2026
            0    | 2026  | Month must be a number from 1 to 12
            13   | 2026  | Month must be a number from 1 to 12
            March| 2026  | Month must be a number from 1 to 12
            ''   | 2026  | Month must be a number from 1 to 12
            3    | ''    | Year must be four digits, for example 2026
            3    | 26    | Year must be four digits, for example 2026
            3    | 20266 | Year must be four digits, for example 2026
            12   | 2026  | The month must be this month or earlier: December 2026 has not begun
            1    | 2027  | The month must be this month or earlier: January 2027 has not begun
            3    | 2012  | The month must be April 2012 or later, when the national data set began
            """)
    void refusesWithAMessageSayingWhy(String month, String year, String message) {
        FormErrors errors = new FormErrors();
        assertThat(ReportingMonth.read(month, year, TODAY, errors)).isEmpty();
        assertThat(errors.get("month")).isEqualTo(message);
    }

    @Test
    void theMonthRunsFromMidnightOnTheFirstInTheServicesZone() {
        ReportingMonth june = new ReportingMonth(YearMonth.of(2026, 6));
        // British Summer Time: midnight on 1 June is 23:00 UTC on 31 May.
        assertThat(june.startsAt(LONDON)).isEqualTo(Instant.parse("2026-05-31T23:00:00Z"));
        assertThat(june.endsBefore(LONDON, Instant.parse("2026-12-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(june.firstDay()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(june.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void theMonthInProgressEndsNow() {
        ReportingMonth november = new ReportingMonth(YearMonth.of(2026, 11));
        Instant now = Instant.parse("2026-11-26T10:15:00Z");
        assertThat(november.endsBefore(LONDON, now)).isEqualTo(now);
    }

    @ParameterizedTest(name = "{0} in February 2028: {1}")
    @CsvSource({"2028-01-31, false", "2028-02-01, true", "2028-02-29, true", "2028-03-01, false"})
    void containsItsDaysOnly(LocalDate day, boolean inside) {
        assertThat(new ReportingMonth(YearMonth.of(2028, 2)).contains(day)).isEqualTo(inside);
    }

    @Test
    void aMissingDayIsInNoMonth() {
        assertThat(new ReportingMonth(YearMonth.of(2028, 2)).contains(null)).isFalse();
    }

    @Test
    void namesItselfForPeopleAndForFiles() {
        ReportingMonth march = new ReportingMonth(YearMonth.of(2026, 3));
        assertThat(march.label()).isEqualTo("March 2026");
        assertThat(march.key()).isEqualTo("2026-03");
    }
}
