package org.stepwise.deprivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.shared.DomainException;

class CsvRecordsTest {

    @Test
    void readsTheHeaderAndEveryRecordWithQuotedCommasQuotesAndLineBreaks() {
        CsvRecords csv = csv("\uFEFFcode,name,note\r\nE01999901,\"Example, City of\",\"said \"\"hello\"\"\"\r\n"
                + "E01999902,,\"two\nlines\"\r\n\r\nE01999903,plain,last");
        assertThat(csv.header()).containsExactly("code", "name", "note");
        assertThat(all(csv)).containsExactly(
                List.of("E01999901", "Example, City of", "said \"hello\""),
                List.of("E01999902", "", "two\nlines"),
                List.of("E01999903", "plain", "last"));
    }

    @Test
    void saysWhichLineEachRecordBeganOn() {
        CsvRecords csv = csv("a,b\n1,\"x\ny\"\n\n2,z\n");
        csv.next();
        assertThat(csv.line()).isEqualTo(2);
        csv.next();
        assertThat(csv.line()).isEqualTo(5);
        assertThat(csv.next()).isNull();
    }

    @Test
    void aFileWithNothingInItIsRefused() {
        assertThatThrownBy(() -> csv("")).isInstanceOf(DomainException.class)
                .hasMessage("test.csv is empty: it needs a header line and rows");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "a,b\\n1,2\\n3\\n | test.csv, line 3: has 1 fields where the header has 2",
            "a,b\\n1,2,3\\n | test.csv, line 2: has 3 fields where the header has 2",
            "a,b\\n1,\"2\\n3,4\\n | test.csv, line 2: a field opens a double quote that is never closed",
            "a,b\\n1,2\"x\\n | test.csv, line 2: a double quote inside a field that does not start with one",
            "a,b\\n1,\"2\"x\\n | test.csv, line 2: text after a field's closing double quote",
            "a,b\\n1,2\\r3,4\\n | test.csv, line 2: a carriage return that does not end a line"})
    void malformedRecordsAreRefusedWithTheirLine(String text, String message) {
        CsvRecords csv = csv(text.replace("\\n", "\n").replace("\\r", "\r"));
        assertThatThrownBy(() -> all(csv)).isInstanceOf(DomainException.class).hasMessage(message);
    }

    private static CsvRecords csv(String text) {
        return new CsvRecords(new StringReader(text), "test.csv");
    }

    private static List<List<String>> all(CsvRecords csv) {
        List<List<String>> records = new ArrayList<>();
        for (List<String> r = csv.next(); r != null; r = csv.next()) {
            records.add(r);
        }
        return records;
    }
}
