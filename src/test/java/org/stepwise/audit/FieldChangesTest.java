package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    @Test
    void onlyFieldsWhoseTextDiffersAreKept() {
        Map<String, Object> before = new HashMap<>(Map.of("referrer", "Dr Shah", "step", 2, "source", "B1"));
        Map<String, Object> after = new HashMap<>(Map.of("referrer", "Dr Khan", "step", "2", "source", "B1"));
        after.put("descriptor", null);
        assertThat(FieldChanges.between(before, after))
                .containsOnlyKeys("referrer")
                .containsEntry("referrer", Map.of("before", "Dr Shah", "after", "Dr Khan"));
    }

    @Test
    void aNewRecordHasEveryFieldAsAChangeFromNothing() {
        Map<String, Map<String, String>> changes = FieldChanges.between(Map.of(), Map.of("status", "WAITING"));
        assertThat(changes.get("status")).containsEntry("before", null).containsEntry("after", "WAITING");
    }
}
