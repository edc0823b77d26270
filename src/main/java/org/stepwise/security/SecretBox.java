package org.stepwise.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts small secrets (authenticator keys) for storing in the database: AES-256-GCM with a fresh
 * nonce each time. The owner's identity goes in as associated data, so a sealed secret copied onto
 * another person's row does not open.
 */
public final class SecretBox {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    public static final int KEY_BYTES = 32;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The key must be " + KEY_BYTES + " bytes (256 bits)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public byte[] seal(byte[] plain, byte[] owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, plain, owner);
        return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
    }

    public byte[] open(byte[] stored, byte[] owner) {
        if (stored.length <= 1 + NONCE_BYTES || stored[0] != FORMAT) {
            throw new IllegalArgumentException("Not a sealed secret");
        }
        byte[] nonce = Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES);
        return crypt(Cipher.DECRYPT_MODE, nonce, Arrays.copyOfRange(stored, 1 + NONCE_BYTES, stored.length), owner);
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] data, byte[] owner) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner);
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "sealed" : "opened: wrong key or altered data"), e);
        }
    }
}
