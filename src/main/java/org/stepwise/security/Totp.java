package org.stepwise.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, on HOTP of RFC 4226), as authenticator apps make them.
 * Stepwise uses the apps' common settings: HMAC-SHA1, 6 digits, 30-second steps.
 */
public final class Totp {

    public static final long STEP_SECONDS = 30;
    /** One step either side of now, so a phone clock a little fast or slow still works (RFC 6238 §5.2). */
    private static final int DRIFT_STEPS = 1;

    private final String algorithm;
    private final int digits;

    public Totp(String algorithm, int digits) {
        this.algorithm = algorithm;
        this.digits = digits;
    }

    public static Totp authenticatorApp() {
        return new Totp("HmacSHA1", 6);
    }

    public static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    public String code(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulus = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC is not available", e);
        }
    }

    /**
     * The step of the code if it is right now (allowing for drift) and newer than the last code used,
     * so that a code seen over someone's shoulder cannot be used a second time.
     */
    public OptionalLong match(byte[] key, String typed, Instant now, long lastUsedStep) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (code.length() != digits) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            boolean same = MessageDigest.isEqual(code(key, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
            if (same && step > lastUsedStep) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
