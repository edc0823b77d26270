package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.load());
    private static final List<String> SERVICE = List.of("Stepwise", "Riverside Talking Therapies");

    static Stream<Arguments> passwords() {
        return Stream.of(
                Arguments.of("", PasswordProblem.MISSING),
                Arguments.of("a".repeat(11), PasswordProblem.TOO_SHORT),
                Arguments.of("abcdefghijk", PasswordProblem.TOO_SHORT),
                Arguments.of("pqlmz wkrty", PasswordProblem.TOO_SHORT),
                Arguments.of("pqlmz wkrtyv", null),
                Arguments.of("x".repeat(256), null),
                Arguments.of("x".repeat(257), PasswordProblem.TOO_LONG),
                // No composition rules: lower case letters and spaces alone are fine when long.
                Arguments.of("correct horse battery staple", null),
                // Characters are counted as people count them, not as UTF-16 units or bytes.
                Arguments.of("🐢".repeat(11), PasswordProblem.TOO_SHORT),
                Arguments.of("🐢".repeat(12), null),
                Arguments.of("ζωντανή γλώσσα", null),
                Arguments.of("Съешь же ещё этих мягких французских булок", null),
                Arguments.of("пароль".repeat(43), PasswordProblem.TOO_LONG),
                // The deny-list, whatever the case.
                Arguments.of("1qaz2wsx3edc", PasswordProblem.TOO_COMMON),
                Arguments.of("QWERTY123456", PasswordProblem.TOO_COMMON),
                Arguments.of("qwerty123456!", null),
                // Context words.
                Arguments.of("i am jo.bloggs at work", PasswordProblem.CONTAINS_USER_NAME),
                Arguments.of("I AM JO.BLOGGS AT WORK", PasswordProblem.CONTAINS_USER_NAME),
                Arguments.of("my stepwise password", PasswordProblem.CONTAINS_SERVICE_NAME),
                Arguments.of("riverside talking therapies 1", PasswordProblem.CONTAINS_SERVICE_NAME),
                Arguments.of("riverside walks are lovely", null));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("passwords")
    void checksANewPassword(String password, PasswordProblem expected) {
        assertThat(POLICY.check(password, "jo.bloggs", SERVICE)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aVeryShortUserNameIsNotLookedForInsideThePassword() {
        assertThat(POLICY.check("always the allotment", "al", List.of())).isEmpty();
        assertThat(POLICY.check("my name is amy jones", "amy", List.of())).contains(PasswordProblem.CONTAINS_USER_NAME);
    }

    @Test
    void theTestAndDemoPasswordsWouldStillBeAcceptedOrRefusedForTheRightReason() {
        assertThat(POLICY.check("correct horse battery staple", "t1x9-lead", List.of("Stepwise", "Test service t1x9")))
                .isEmpty();
        // The demo's shared password names the product: refused if chosen now, still signs in with its old hash.
        assertThat(POLICY.check("stepwise-demo-2026", "lead", SERVICE)).contains(PasswordProblem.CONTAINS_SERVICE_NAME);
    }

    @Test
    void theDenyListShipsItsThirtyThousandEntries() {
        assertThat(CommonPasswords.load().size()).isEqualTo(30_000);
    }
}
