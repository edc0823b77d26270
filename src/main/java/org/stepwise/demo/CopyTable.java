package org.stepwise.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, held as PostgreSQL COPY text until they are sent in one go: the fastest
 * way into PostgreSQL. Rows added so far can be sealed and sent while the next ones are added, so
 * the memory used is two chunks' worth at most.
 */
final class CopyTable {

    private final String command;
    private final int columns;
    private StringBuilder text = new StringBuilder(64 * 1024);
    private StringBuilder sealed = new StringBuilder(64 * 1024);
    private int pending;
    private int sealedRows;
    private long written;

    CopyTable(String table, String... columns) {
        this.command = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        this.columns = columns.length;
    }

    /** One row, values in column order; null, text, numbers, dates, instants and UUIDs are understood. */
    void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        pending++;
    }

    /** Sets the rows added so far aside for the next send; rows added from now on go to the send after. */
    void seal() {
        if (sealedRows > 0) {
            throw new IllegalStateException("the rows sealed before have not been sent");
        }
        StringBuilder emptied = sealed;
        sealed = text;
        text = emptied;
        sealedRows = pending;
        pending = 0;
    }

    /** Copies the sealed rows into PostgreSQL. */
    void send(CopyManager copy) throws SQLException {
        if (sealedRows == 0) {
            return;
        }
        try {
            copy.copyIn(command, new StringReader(sealed.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written += sealedRows;
        sealedRows = 0;
        sealed.setLength(0);
    }

    long written() {
        return written;
    }

    private void append(Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        // Ids, numbers, dates and most text need no escaping: copying them whole is most of the time saved.
        if (!(value instanceof String) || !needsEscaping(s)) {
            text.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static boolean needsEscaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
