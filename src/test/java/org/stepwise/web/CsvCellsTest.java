package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain text|\"plain text\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "=SUM(A1)|\"'=SUM(A1)\"",
            "+44 7700|\"'+44 7700\"",
            "-5|\"'-5\"",
            "@cmd|\"'@cmd\""})
    void quotesEveryCellAndNeverLetsASpreadsheetRunIt(String value, String expected) {
        assertThat(CsvCells.quoted(value)).isEqualTo(expected);
    }
}
