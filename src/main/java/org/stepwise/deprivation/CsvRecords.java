package org.stepwise.deprivation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.shared.DomainException;

/**
 * The records of a CSV file (RFC 4180: commas between fields, fields in double quotes may hold commas, line breaks
 * and doubled quotes; lines end in CRLF or LF), read one at a time so a national file is never held in memory.
 * The first record is the header and every record must have as many fields; anything else is refused with the
 * file's name and line. Blank lines are skipped, and a byte-order mark before the header is ignored.
 */
final class CsvRecords {

    private static final int END = -1;

    private final Reader in;
    private final String file;
    private final List<String> header;
    private int lineNow = 1;
    private int recordLine;
    private int peeked = -2;

    CsvRecords(Reader in, String file) {
        this.in = in;
        this.file = file;
        List<String> first = record();
        if (first == null) {
            throw new DomainException(file + " is empty: it needs a header line and rows");
        }
        if (!first.isEmpty() && first.get(0).startsWith("\uFEFF")) {
            first.set(0, first.get(0).substring(1));
        }
        this.header = List.copyOf(first);
    }

    List<String> header() {
        return header;
    }

    /** The next record after the header, or null at the end of the file. */
    List<String> next() {
        List<String> fields = record();
        if (fields != null && fields.size() != header.size()) {
            throw refused("has " + fields.size() + " fields where the header has " + header.size());
        }
        return fields;
    }

    /** The line the last record read began on. */
    int line() {
        return recordLine;
    }

    DomainException refused(String problem) {
        return new DomainException(file + ", line " + recordLine + ": " + problem);
    }

    private List<String> record() {
        while (true) {
            recordLine = lineNow;
            int c = peek();
            if (c == END) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                lineBreak();
                continue;
            }
            List<String> fields = new ArrayList<>();
            while (true) {
                fields.add(field());
                int after = read();
                if (after == ',') {
                    continue;
                }
                if (after == '\r' || after == '\n') {
                    unread(after);
                    lineBreak();
                }
                return fields;
            }
        }
    }

    private String field() {
        StringBuilder value = new StringBuilder();
        if (peek() != '"') {
            for (int c = peek(); c != ',' && c != '\r' && c != '\n' && c != END; c = peek()) {
                if (c == '"') {
                    throw refused("a double quote inside a field that does not start with one");
                }
                value.append((char) read());
            }
            return value.toString();
        }
        read();
        while (true) {
            int c = read();
            if (c == END) {
                throw refused("a field opens a double quote that is never closed");
            }
            if (c == '"') {
                if (peek() == '"') {
                    value.append((char) read());
                    continue;
                }
                int after = peek();
                if (after != ',' && after != '\r' && after != '\n' && after != END) {
                    throw refused("text after a field's closing double quote");
                }
                return value.toString();
            }
            if (c == '\n') {
                lineNow++;
            }
            value.append((char) c);
        }
    }

    private void lineBreak() {
        int c = read();
        if (c == '\r') {
            if (peek() != '\n') {
                throw refused("a carriage return that does not end a line");
            }
            read();
        }
        lineNow++;
    }

    private int peek() {
        if (peeked == -2) {
            peeked = readChar();
        }
        return peeked;
    }

    private int read() {
        int c = peek();
        peeked = -2;
        return c;
    }

    private void unread(int c) {
        peeked = c;
    }

    private int readChar() {
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
