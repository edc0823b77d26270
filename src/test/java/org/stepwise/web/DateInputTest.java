package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInputTest {

    @ParameterizedTest(name = "{0}/{1}/{2} → {3}")
    @CsvSource(value = {
            "27, 3, 1985, ",
            "'', '', '', Enter the date of birth",
            "'', 3, 1985, Date of birth must include a day",
            "27, '', 1985, Date of birth must include a month",
            "27, 3, '', Date of birth must include a year",
            "31, 2, 1985, Date of birth must be a real date",
            "27, 13, 1985, Date of birth must be a real date",
            "x, 3, 1985, Date of birth must be a real date",
            "27, 3, 85, Year must include 4 numbers",
            "29, 2, 2024, "}, nullValues = "")
    void readsTheThreeBoxesOrSaysExactlyWhatIsWrong(String day, String month, String year, String message) {
        FormErrors errors = new FormErrors();
        LocalDate date = DateInput.read(day, month, year, "dob", "Date of birth", errors);
        if (message == null) {
            assertThat(errors.isEmpty()).isTrue();
            assertThat(date).isNotNull();
        } else {
            assertThat(date).isNull();
            assertThat(errors.get("dob")).isEqualTo(message);
        }
    }
}
