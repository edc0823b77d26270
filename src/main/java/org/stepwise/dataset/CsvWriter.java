package org.stepwise.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.stepwise.web.CsvCells;

/**
 * Rows of RFC 4180 CSV: a field is quoted only when it holds a comma, a quote or a line break, and lines end in CRLF.
 * A report meant for a spreadsheet also neutralises a leading = + - @, so a name can never run as a formula; the
 * extract does not, because its fields are codes and dates that must arrive exactly as written.
 */
final class CsvWriter {

    private final Writer out;
    private final boolean forSpreadsheets;

    private CsvWriter(Writer out, boolean forSpreadsheets) {
        this.out = out;
        this.forSpreadsheets = forSpreadsheets;
    }

    static CsvWriter exact(Writer out) {
        return new CsvWriter(out, false);
    }

    static CsvWriter forSpreadsheets(Writer out) {
        return new CsvWriter(out, true);
    }

    void row(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String field(String value) {
        String v = forSpreadsheets ? CsvCells.defused(value) : value == null ? "" : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
