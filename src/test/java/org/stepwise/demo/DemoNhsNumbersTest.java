package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.patient.NhsNumber;

class DemoNhsNumbersTest {

    @Test
    void everyNumberHandedOutPassesTheApplicationsOwnCheck() {
        NhsNumbers numbers = new NhsNumbers(42);
        for (int i = 0; i < 20_000; i++) {
            String n = numbers.next();
            assertThat(n).startsWith("999");
            assertThat(NhsNumber.problemWith(n)).as(n).isEmpty();
        }
    }

    @Test
    void stemsWhoseCheckValueIsTenAreSkipped() {
        // domain-reference §10: no tenth digit can complete these.
        assertThat(NhsNumbers.checkDigit("999000000")).isEqualTo(-1);
        assertThat(NhsNumbers.checkDigit("999000014")).isEqualTo(-1);
        assertThat(NhsNumbers.checkDigit("999000028")).isEqualTo(-1);
        assertThat(NhsNumbers.checkDigit("999000031")).isEqualTo(-1);
        assertThat(NhsNumbers.checkDigit("999123456")).isEqualTo(-1);
        assertThat(NhsNumbers.checkDigit("999000001")).isEqualTo(8);
        assertThat(NhsNumbers.checkDigit("943476591")).isEqualTo(9);
        assertThat(NhsNumbers.checkDigit("999000006")).isEqualTo(9);
    }

    @Test
    void theWholeTestRangeIsHandedOutOnceWithNoRepeatsAndThenRefused() {
        int validStems = 0;
        for (int suffix = 0; suffix < 1_000_000; suffix++) {
            String stem = "999" + String.format("%06d", suffix);
            if (NhsNumbers.checkDigit(stem) >= 0 && !(stem + NhsNumbers.checkDigit(stem)).equals("9999999999")) {
                validStems++;
            }
        }
        NhsNumbers numbers = new NhsNumbers(7);
        BitSet seen = new BitSet(1_000_000);
        for (int i = 0; i < validStems; i++) {
            String n = numbers.next();
            int stem = Integer.parseInt(n.substring(3, 9));
            assertThat(seen.get(stem)).as("repeated %s", n).isFalse();
            seen.set(stem);
            assertThat(NhsNumbers.checkDigit(n.substring(0, 9))).isEqualTo(n.charAt(9) - '0');
        }
        assertThat(validStems).isBetween(900_000, 910_000);
        assertThatThrownBy(numbers::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
        assertThat(take(new NhsNumbers(2026), 50)).isEqualTo(take(new NhsNumbers(2026), 50));
        assertThat(take(new NhsNumbers(2026), 50)).isNotEqualTo(take(new NhsNumbers(2027), 50));
    }

    private static List<String> take(NhsNumbers numbers, int count) {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taken.add(numbers.next());
        }
        return taken;
    }
}
