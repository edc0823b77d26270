package org.stepwise.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hash that links an event to the one before it: SHA-256 over the event's fields in a fixed order, each
 * written as its name, its length in bytes and its bytes (so no two different events can spell the same), then
 * the previous event's hash. The sequence number is inside, so moving an event changes its hash too.
 */
final class EventDigest {

    static final int LENGTH = 32;
    /** The hash before the first event of a chain. */
    static final byte[] GENESIS = new byte[LENGTH];
    private static final String VERSION = "stepwise-audit/1";

    private EventDigest() {
    }

    static byte[] hash(AuditEvent e, long seq, byte[] previousHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return sha256.digest(canonical(e, seq, previousHash));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

    static byte[] canonical(AuditEvent e, long seq, byte[] previousHash) {
        StringBuilder out = new StringBuilder(VERSION).append('\n');
        field(out, "seq", Long.toString(seq));
        field(out, "id", e.id());
        field(out, "occurred_at", micros(e.occurredAt()));
        field(out, "service_id", e.service());
        field(out, "actor_id", e.actor());
        field(out, "actor_roles", String.join(",", e.roles()));
        field(out, "username", e.username());
        field(out, "action", e.action().name());
        field(out, "patient_id", e.patient());
        field(out, "listed_patients", joined(e.listedPatients()));
        field(out, "record_type", e.recordType());
        field(out, "record_id", e.recordId());
        field(out, "detail", e.detail());
        field(out, "client_ip", e.clientIp());
        field(out, "reason", e.reason());
        field(out, "prev_hash", HexFormat.of().formatHex(previousHash));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(StringBuilder out, String name, Object value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            String text = value.toString();
            out.append(text.getBytes(StandardCharsets.UTF_8).length).append(':').append(text);
        }
        out.append('\n');
    }

    private static String micros(Instant t) {
        return Long.toString(Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000));
    }

    private static String joined(List<?> ids) {
        return ids == null ? null : ids.stream().map(Object::toString).collect(Collectors.joining(","));
    }
}
