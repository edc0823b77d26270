package org.stepwise.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    /** Each row: the value, as the extract writes it, as the spreadsheet report writes it. */
    static final String[][] CASES = {
        {"A1", "A1", "A1"},
        {"", "", ""},
        {null, "", ""},
        {"Smith, Ada", "\"Smith, Ada\"", "\"Smith, Ada\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\"", "\"say \"\"hi\"\"\""},
        {"=1+2", "=1+2", "'=1+2"},
        {"-4.5", "-4.5", "'-4.5"},
        {"@SUM(A1)", "@SUM(A1)", "'@SUM(A1)"},
        {"+44", "+44", "'+44"},
        {"=a,b", "\"=a,b\"", "\"'=a,b\""},
    };

    @Test
    void quotesOnlyWhatNeedsItAndDisarmsFormulasForSpreadsheets() {
        for (String[] c : CASES) {
            assertThat(CsvWriter.exact(new StringWriter()).field(c[0])).as("exact %s", c[0]).isEqualTo(c[1]);
            assertThat(CsvWriter.forSpreadsheets(new StringWriter()).field(c[0])).as("spreadsheet %s", c[0])
                    .isEqualTo(c[2]);
        }
    }

    @Test
    void rowsEndInCrLfAndLineBreaksInsideAFieldAreQuoted() {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.exact(out);
        csv.row(Arrays.asList("a", "two\nlines", null));
        csv.row(Arrays.asList("b", "c", "d"));
        assertThat(out).hasToString("a,\"two\nlines\",\r\nb,c,d\r\n");
    }
}
