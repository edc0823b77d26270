package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAndNothingIsSpaced() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("via", "POST /x");
        detail.put("changes", Map.of("referrer", Arrays.asList("Dr A", null)));
        assertThat(CanonicalJson.write(detail)).isEqualTo("{\"changes\":{\"referrer\":[\"Dr A\",null]},\"via\":\"POST /x\"}");
    }

    @Test
    void whatJsonbGivesBackHasTheSameCanonicalForm() {
        Map<String, Object> detail = Map.of("zeta", "é \"quoted\" \\ tab\t", "alpha", List.of("1", "2"));
        String written = CanonicalJson.write(detail);
        // jsonb's own spelling: keys by length then bytes, a space after colons and commas
        String fromDatabase = "{\"zeta\": \"é \\\"quoted\\\" \\\\ tab\\t\", \"alpha\": [\"1\", \"2\"]}";
        assertThat(CanonicalJson.normalise(fromDatabase)).isEqualTo(written);
    }

    @Test
    void valuesOtherThanTextAreRecordedAsTheirText() {
        assertThat(CanonicalJson.write(Map.of("cap", 40, "trainee", true))).isEqualTo("{\"cap\":\"40\",\"trainee\":\"true\"}");
    }

    @Test
    void textPostgresqlCannotStoreIsReplacedBeforeHashing() {
        assertThat(CanonicalJson.write(List.of("a\u0000b", "lone \uD800"))).isEqualTo("[\"a\uFFFDb\",\"lone \uFFFD\"]");
        assertThat(Text.clean("\uD83D\uDE00 kept", 100)).isEqualTo("\uD83D\uDE00 kept");
        assertThat(Text.clean("abcdef", 3)).isEqualTo("abc");
        assertThat(Text.clean("ab\uD83D\uDE00", 3)).isEqualTo("ab");
    }
}
