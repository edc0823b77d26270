package org.stepwise.web;

/**
 * Cells for CSV files that people open in spreadsheets. A value starting with = + - or @ is prefixed with an
 * apostrophe, so a name or a note typed by anyone can never run as a formula (OWASP, "CSV Injection").
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The value, quoted as RFC 4180 asks and made safe for a spreadsheet; null is an empty cell. */
    public static String quoted(String value) {
        return "\"" + defused(value).replace("\"", "\"\"") + "\"";
    }

    /** The value with a leading formula character neutralised, not yet quoted; null is empty. */
    public static String defused(String value) {
        String v = value == null ? "" : value;
        return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }
}
