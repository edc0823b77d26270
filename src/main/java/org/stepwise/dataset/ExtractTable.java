package org.stepwise.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One table of the national data set as a CSV file: its name (as the data set's tables are named, for example
 * {@code IDS101Referral}), its fields in order, the query that selects the month's rows, and how a row is written.
 */
record ExtractTable(String name, List<String> fields, String sql, Row row) {

    ExtractTable {
        fields = List.copyOf(fields);
    }

    String fileName() {
        return name + ".csv";
    }

    /** Writes one result row as the table's fields, in the order of {@link #fields()}. */
    @FunctionalInterface
    interface Row {
        List<String> of(ResultSet rs, Submitter submitter, ReportingMonth month) throws SQLException;
    }
}
