package org.stepwise.audit;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * One spelling for every detail an event carries, so that its hash can be recomputed from what PostgreSQL gives
 * back: jsonb reorders keys and changes spacing, so the hash covers this form, not the stored text. Keys are sorted;
 * values are text, lists or objects (anything else is recorded as its text, as a page would show it).
 */
final class CanonicalJson {

    private static final int MAX_VALUE_LENGTH = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CanonicalJson() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** The canonical form of JSON text read back from the database. */
    static String normalise(String json) {
        return json == null ? null : write(JSON.readValue(json, Object.class));
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(Text.clean(String.valueOf(k), 200), v));
            out.append('{');
            String separator = "";
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                out.append(separator);
                string(out, entry.getKey());
                out.append(':');
                append(out, entry.getValue());
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                append(out, item);
                separator = ",";
            }
            out.append(']');
        } else {
            string(out, Text.clean(String.valueOf(value), MAX_VALUE_LENGTH));
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
