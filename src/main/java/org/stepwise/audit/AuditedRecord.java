package org.stepwise.audit;

import java.util.Objects;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;

/**
 * The record an event is about: its type (upper-case words, for example {@code REFERRAL}) and its opaque id.
 * Modules name their own types, so the audit trail never needs to change when a new kind of record appears.
 *
 * @param id null when the record has no id of its own, for example a list page such as {@code CASELOAD}
 */
public record AuditedRecord(String type, String id) {

    public AuditedRecord {
        Objects.requireNonNull(type, "type");
        if (!type.matches("[A-Z][A-Z_]{0,39}")) {
            throw new IllegalArgumentException("A record type is upper-case words joined by underscores: " + type);
        }
        if (id != null && id.length() > 100) {
            throw new IllegalArgumentException("A record id is at most 100 characters");
        }
    }

    public static AuditedRecord of(String type, Object id) {
        return new AuditedRecord(type, id == null ? null : id.toString());
    }

    public static AuditedRecord patient(PatientId id) {
        return of("PATIENT", id);
    }

    public static AuditedRecord referral(ReferralId id) {
        return of("REFERRAL", id);
    }

    public static AuditedRecord staffAccount(StaffId id) {
        return of("STAFF_ACCOUNT", id);
    }

    /** A page listing many patients, such as a caseload or a waiting list. */
    public static AuditedRecord list(String type) {
        return new AuditedRecord(type, null);
    }
}
