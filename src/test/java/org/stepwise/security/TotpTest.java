package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 Appendix B: time, then the 8-digit codes for SHA-1, SHA-256 and SHA-512. */
    static Stream<Arguments> rfc6238() {
        return Stream.of(
                Arguments.of(59L, "94287082", "46119246", "90693936"),
                Arguments.of(1111111109L, "07081804", "68084774", "25091201"),
                Arguments.of(1111111111L, "14050471", "67062674", "99943326"),
                Arguments.of(1234567890L, "89005924", "91819424", "93441116"),
                Arguments.of(2000000000L, "69279037", "90698825", "38618901"),
                Arguments.of(20000000000L, "65353130", "77737706", "47863826"));
    }

    @ParameterizedTest(name = "T = {0}")
    @MethodSource("rfc6238")
    void matchesTheRfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(new Totp("HmacSHA1", 8).code(SHA1_KEY, step)).isEqualTo(sha1);
        assertThat(new Totp("HmacSHA256", 8).code(SHA256_KEY, step)).isEqualTo(sha256);
        assertThat(new Totp("HmacSHA512", 8).code(SHA512_KEY, step)).isEqualTo(sha512);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeOrAfterForClockDriftButNoFurther() {
        Totp totp = Totp.authenticatorApp();
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, step), now, 0)).hasValue(step);
        assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, step - 1), now, 0)).hasValue(step - 1);
        assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, step + 1), now, 0)).hasValue(step + 1);
        assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, step - 2), now, 0)).isEmpty();
        assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, step + 2), now, 0)).isEmpty();
    }

    @Test
    void refusesACodeAlreadyUsedOrOlderThanTheLastOneUsed() {
        Totp totp = Totp.authenticatorApp();
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        String code = totp.code(SHA1_KEY, step);
        assertThat(totp.match(SHA1_KEY, code, now, step)).isEmpty();
        assertThat(totp.match(SHA1_KEY, totp.code(SHA1_KEY, step - 1), now, step)).isEmpty();
        assertThat(totp.match(SHA1_KEY, code, now, step - 1)).hasValue(step);
    }

    @Test
    void readsCodesTypedWithSpacesAndRefusesWrongLengths() {
        Totp totp = Totp.authenticatorApp();
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String code = totp.code(SHA1_KEY, Totp.step(now));
        assertThat(totp.match(SHA1_KEY, code.substring(0, 3) + " " + code.substring(3), now, 0)).isPresent();
        assertThat(totp.match(SHA1_KEY, code.substring(1), now, 0)).isEmpty();
        assertThat(totp.match(SHA1_KEY, null, now, 0)).isEmpty();
    }
}
