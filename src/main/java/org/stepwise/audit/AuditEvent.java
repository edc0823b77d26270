package org.stepwise.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * One audit event before it takes its place in a chain: when, in which service, who in which roles, what they
 * did to which record of which patient, from where and why. Everything here is covered by the event's hash.
 *
 * @param service        null only for a failed sign-in with an unknown user name
 * @param roles          role names, sorted, so the same roles always hash the same
 * @param listedPatients the patients a list page showed, in the order shown; null when the event is not a list
 * @param detail         canonical JSON (see {@link CanonicalJson}), or null
 */
record AuditEvent(UUID id, Instant occurredAt, ServiceId service, StaffId actor, List<String> roles, String username,
                  AuditAction action, PatientId patient, List<PatientId> listedPatients, String recordType,
                  String recordId, String detail, String clientIp, String reason) {

    AuditEvent {
        roles = List.copyOf(roles);
        listedPatients = listedPatients == null ? null : List.copyOf(listedPatients);
    }

    static Builder of(AuditAction action, Instant now) {
        return new Builder(action, now);
    }

    /** Collects an event's parts; text is cleaned so that what is stored is exactly what was hashed. */
    static final class Builder {
        private final AuditAction action;
        private final Instant occurredAt;
        private ServiceId service;
        private StaffId actor;
        private List<String> roles = List.of();
        private String username;
        private PatientId patient;
        private List<PatientId> listed;
        private AuditedRecord record;
        private Map<String, ?> detail;
        private String clientIp;
        private String reason;

        private Builder(AuditAction action, Instant now) {
            this.action = action;
            // PostgreSQL keeps microseconds; the hash must cover the instant as stored.
            this.occurredAt = now.truncatedTo(ChronoUnit.MICROS);
        }

        Builder by(ServiceId service, StaffId actor, Collection<Role> roles) {
            this.service = service;
            this.actor = actor;
            this.roles = roles.stream().map(Role::name).sorted().toList();
            return this;
        }

        Builder username(String username) {
            this.username = Text.clean(username, 100);
            return this;
        }

        Builder patient(PatientId patient) {
            this.patient = patient;
            return this;
        }

        Builder listing(List<PatientId> shown) {
            this.listed = shown.stream().distinct().toList();
            return this;
        }

        Builder record(AuditedRecord record) {
            this.record = record;
            return this;
        }

        Builder detail(Map<String, ?> detail) {
            this.detail = detail == null || detail.isEmpty() ? null : detail;
            return this;
        }

        Builder from(String clientIp) {
            this.clientIp = clientIp;
            return this;
        }

        Builder because(String reason) {
            this.reason = Text.clean(reason, 2000);
            return this;
        }

        AuditEvent build() {
            return new AuditEvent(UUID.randomUUID(), occurredAt, service, actor, roles, username, action, patient,
                    listed, record == null ? null : record.type(), record == null ? null : record.id(),
                    detail == null ? null : CanonicalJson.write(detail), clientIp, reason);
        }
    }
}
