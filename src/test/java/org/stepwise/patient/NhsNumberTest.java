package org.stepwise.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Test vectors from domain-reference §10, each recomputed by hand rather than trusted. */
class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9990000018", "9990000026", "9990000034", "9990000042", "9990000050",
            "9990000069", "9912003888", "9449305552", "943 476 5919", "943-476-5919", " 9434765919 "})
    void acceptsValidNumbersInTheirUsualWrittenForms(String text) {
        assertThat(NhsNumber.problemWith(text)).isEmpty();
        assertThat(NhsNumber.parse(text).formatted()).matches("\\d{3} \\d{3} \\d{4}");
    }

    @ParameterizedTest
    @CsvSource({
            "9876544321, check digit",  // widely quoted example; its check digit should be 2
            "9991234560, check digit",  // remainder gives 10: no valid check digit exists
            "1234567890, check digit",  // remainder gives 10
            "9912003814, check digit",
            "4123456879, check digit",
            "9111111124, check digit",
            "9222222228, check digit",
            "9990000000, check digit",  // stem 999000000 has check value 10
            "9990000141, check digit",  // stem 999000014 has check value 10
            "9434765918, check digit",  // one digit away from a valid number
    })
    void refusesNumbersWhoseCheckDigitDoesNotMatch(String text, String why) {
        assertThat(NhsNumber.problemWith(text)).hasValueSatisfying(m -> assertThat(m).contains(why));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "1111111111", "2222222222", "9999999999"})
    void refusesNumbersThatPassTheChecksumButCannotHaveBeenIssued(String text) {
        assertThat(NhsNumber.problemWith(text)).hasValueSatisfying(m -> assertThat(m).contains("cannot have been issued"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"943476591", "94347659190", "94347659AB", "943 476 591 9x"})
    void refusesAnythingButTenDigits(String text) {
        assertThat(NhsNumber.problemWith(text)).contains("NHS number must be 10 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void asksForANumberWhenNoneIsGiven(String text) {
        assertThat(NhsNumber.problemWith(text)).contains("Enter an NHS number");
        assertThat(NhsNumber.problemWith(null)).contains("Enter an NHS number");
    }

    @Test
    void cannotBeConstructedInvalidAndNeverPrintsItsDigits() {
        assertThatThrownBy(() -> new NhsNumber("9876544321")).isInstanceOf(IllegalArgumentException.class);
        assertThat(NhsNumber.parse("9434765919").toString()).doesNotContain("943");
    }

    @Test
    void everyCheckDigitIsComputedByModulusEleven() {
        // 943476591: 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
        assertThat(NhsNumber.problemWith("9434765919")).isEmpty();
        // 999000001: 9×10 + 9×9 + 9×8 + 1×2 = 245; 245 mod 11 = 3; 11 − 3 = 8.
        assertThat(NhsNumber.problemWith("9990000018")).isEmpty();
        // 999000005: 9×10 + 9×9 + 9×8 + 5×2 = 253 = 11 × 23, so the check value is 11, written as 0.
        assertThat(NhsNumber.problemWith("9990000050")).isEmpty();
        assertThat(NhsNumber.problemWith("9990000051")).isPresent();
    }
}
