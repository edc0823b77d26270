package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final byte[] OWNER = "staff-1".getBytes(StandardCharsets.US_ASCII);

    @Test
    void opensWhatItSealedForTheSameOwnerOnly() {
        SecretBox box = new SecretBox(key());
        byte[] secret = "authenticator secret".getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = box.seal(secret, OWNER);

        assertThat(box.open(sealed, OWNER)).isEqualTo(secret);
        assertThat(box.seal(secret, OWNER)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> box.open(sealed, "staff-2".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretBox(key()).open(sealed, OWNER)).isInstanceOf(IllegalStateException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> box.open(sealed, OWNER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void needsA256BitKey() {
        assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
