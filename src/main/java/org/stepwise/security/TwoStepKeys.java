package org.stepwise.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that encrypts authenticator secrets at rest. Production gives it in STEPWISE_TOTP_KEY, kept
 * apart from the database backups. The embedded mode, for trying Stepwise, makes one on first start and
 * keeps it in a file beside its data; the tests' throw-away database gets a throw-away key. An external
 * database without a key has no two-step sign-in: a key file on one server would not match the others.
 */
@Component
public class TwoStepKeys {

    private static final Logger log = LoggerFactory.getLogger(TwoStepKeys.class);

    private final SecretBox box;

    TwoStepKeys(SecuritySettings settings, @Value("${stepwise.db.url:}") String databaseUrl,
                @Value("${stepwise.embedded.data-dir:data/postgres}") String dataDir) {
        this.box = key(settings, databaseUrl, dataDir).map(SecretBox::new).orElse(null);
        if (box == null) {
            log.warn("Two-step sign-in is unavailable: set STEPWISE_TOTP_KEY to offer it");
        }
    }

    public Optional<SecretBox> box() {
        return Optional.ofNullable(box);
    }

    private static Optional<byte[]> key(SecuritySettings settings, String databaseUrl, String dataDir) {
        if (!settings.totpKey().isBlank()) {
            return Optional.of(decode(settings.totpKey(), "STEPWISE_TOTP_KEY"));
        }
        if (!databaseUrl.isBlank()) {
            return Optional.empty();
        }
        if (dataDir.isBlank()) {
            return Optional.of(random());
        }
        return Optional.of(fromFile(Path.of(settings.totpKeyFile()).toAbsolutePath()));
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
            }
            byte[] key = random();
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            log.info("Made a new key for authenticator secrets in {}; keep it with the data", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the authenticator key file " + file, e);
        }
    }

    private static byte[] decode(String text, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64", e);
        }
        if (key.length != SecretBox.KEY_BYTES) {
            throw new IllegalStateException(where + " must hold " + SecretBox.KEY_BYTES
                    + " random bytes in base64, for example from: openssl rand -base64 32");
        }
        return key;
    }

    private static byte[] random() {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
