package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

    /** RFC 4648 §10, with the padding left off as authenticator apps expect. */
    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodesTheRfc4648TestVectors(String text, String base32) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
        assertThat(new String(Base32.decode(base32), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @Test
    void readsASecretAsPeopleTypeIt() {
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        String typed = Base32.encode(secret).toLowerCase().replaceAll("(.{4})", "$1 ");
        assertThat(Base32.decode(typed)).isEqualTo(secret);
        assertThatThrownBy(() -> Base32.decode("AB1C")).isInstanceOf(IllegalArgumentException.class);
    }
}
