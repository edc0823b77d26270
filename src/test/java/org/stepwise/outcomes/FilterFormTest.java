package org.stepwise.outcomes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.shared.StaffId;
import static org.assertj.core.api.Assertions.assertThat;


class FilterFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final StaffId PRIYA = StaffId.random();

    @Test
    void nothingChosenMeansTheLastTwelveMonthsForEveryone() {
        FilterForm.Parsed parsed = new FilterForm(null, "", null, " ").parse(TODAY, List.of(PRIYA));
        assertThat(parsed.errors().any()).isFalse();
        assertThat(parsed.filter()).isEqualTo(new OutcomeFilter(
                new Period(YearMonth.of(2025, 12), YearMonth.of(2026, 11)), null, null));
    }

    @Test
    void aValidChoiceIsKept() {
        FilterForm.Parsed parsed = new FilterForm("2026-01", "2026-03", "3", PRIYA.toString())
                .parse(TODAY, List.of(PRIYA));
        assertThat(parsed.errors().any()).isFalse();
        assertThat(parsed.filter()).isEqualTo(new OutcomeFilter(
                new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 3)), 3, PRIYA));
        assertThat(parsed.filter().query()).isEqualTo("from=2026-01&to=2026-03&step=3&practitioner=" + PRIYA);
    }

    @ParameterizedTest(name = "from={0} to={1} step={2} practitioner={3}: {4} is wrong")
    @CsvSource(delimiter = '|', value = {
            "2026-13 | 2026-03 | 2   |           | from         | Enter the first month as a year and month, for example 2026-04",
            "March   | 2026-03 |     |           | from         | Enter the first month as a year and month, for example 2026-04",
            "2026-01 | 26-3    |     |           | to           | Enter the last month as a year and month, for example 2026-04",
            "2026-04 | 2026-03 |     |           | from         | The first month must be the same as or before the last month",
            "2026-04 | 2026-12 |     |           | to           | The last month cannot be after this month",
            "2023-01 | 2026-01 |     |           | from         | Choose a period of 36 months or fewer",
            "        |         | 4   |           | step         | Choose step 2, step 3 or both",
            "        |         | two |           | step         | Choose step 2, step 3 or both",
            "        |         |     | not-an-id | practitioner | Choose a practitioner from the list",
            "        |         |     | 6f1c1e2a-8d2e-4c3b-9a51-2b0a2f4c5d6e | practitioner | Choose a practitioner from the list"})
    void badInputIsAMessageOnTheFormAndTheDefaultIsUsed(String from, String to, String step, String practitioner,
                                                      String field, String message) {
        FilterForm.Parsed parsed = new FilterForm(from, to, step, practitioner).parse(TODAY, List.of(PRIYA));
        assertThat(parsed.errors().all()).containsExactly(Map.entry(field, message));
        assertThat(parsed.filter().period().length()).isBetween(1, Period.MAX_MONTHS);
    }

    @Test
    void thirtySixMonthsIsAllowed() {
        FilterForm.Parsed parsed = new FilterForm("2023-12", "2026-11", null, null).parse(TODAY, List.of());
        assertThat(parsed.errors().any()).isFalse();
        assertThat(parsed.filter().period().length()).isEqualTo(36);
    }
}
