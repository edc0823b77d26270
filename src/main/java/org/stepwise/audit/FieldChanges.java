package org.stepwise.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The fields that differ between two versions of a record, each with its value before and after, as text. */
final class FieldChanges {

    private FieldChanges() {
    }

    static Map<String, Map<String, String>> between(Map<String, ?> before, Map<String, ?> after) {
        Map<String, ?> was = before == null ? Map.of() : before;
        Map<String, ?> now = after == null ? Map.of() : after;
        TreeSet<String> fields = new TreeSet<>(was.keySet());
        fields.addAll(now.keySet());
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        for (String field : fields) {
            String from = text(was.get(field));
            String to = text(now.get(field));
            if (!Objects.equals(from, to)) {
                Map<String, String> change = new LinkedHashMap<>();
                change.put("before", from);
                change.put("after", to);
                changes.put(field, change);
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
