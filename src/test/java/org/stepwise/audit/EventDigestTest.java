package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

class EventDigestTest {

    static final Instant NOW = Instant.parse("2026-11-26T14:05:33.123456789Z");
    static final AuditEvent EVENT = AuditEvent.of(AuditAction.UPDATE, NOW)
            .by(ServiceId.random(), StaffId.random(), EnumSet.of(Role.SUPERVISOR, Role.PWP))
            .patient(PatientId.random()).record(AuditedRecord.of("REFERRAL", UUID.randomUUID()))
            .detail(Map.of("via", "POST /referrals/{id}/edit")).from("10.0.0.7").because("Duty call").build();

    @Test
    void theSameEventInTheSamePlaceAlwaysHashesTheSame() {
        assertThat(EventDigest.hash(EVENT, 7, EventDigest.GENESIS)).hasSize(32)
                .isEqualTo(EventDigest.hash(EVENT, 7, EventDigest.GENESIS));
    }

    @Test
    void theHashCoversThePlaceInTheChainAndThePreviousHash() {
        byte[] hash = EventDigest.hash(EVENT, 7, EventDigest.GENESIS);
        assertThat(EventDigest.hash(EVENT, 8, EventDigest.GENESIS)).isNotEqualTo(hash);
        assertThat(EventDigest.hash(EVENT, 7, hash)).isNotEqualTo(hash);
    }

    @Test
    void everyFieldIsCovered() {
        byte[] original = EventDigest.hash(EVENT, 1, EventDigest.GENESIS);
        List<UnaryOperator<AuditEvent>> changes = List.of(
                e -> copy(e, Map.of("id", UUID.randomUUID())),
                e -> copy(e, Map.of("occurredAt", e.occurredAt().plusNanos(1000))),
                e -> copy(e, Map.of("service", ServiceId.random())),
                e -> copy(e, Map.of("actor", StaffId.random())),
                e -> copy(e, Map.of("roles", List.of("PWP"))),
                e -> copy(e, Map.of("username", "someone")),
                e -> copy(e, Map.of("action", AuditAction.READ)),
                e -> copy(e, Map.of("patient", PatientId.random())),
                e -> copy(e, Map.of("listed", List.of())),
                e -> copy(e, Map.of("recordType", "PATIENT")),
                e -> copy(e, Map.of("recordId", "other")),
                e -> copy(e, Map.of("detail", "{}")),
                e -> copy(e, Map.of("clientIp", "10.0.0.8")),
                e -> copy(e, Map.of("reason", "Other reason")));
        for (UnaryOperator<AuditEvent> change : changes) {
            assertThat(EventDigest.hash(change.apply(EVENT), 1, EventDigest.GENESIS)).isNotEqualTo(original);
        }
    }

    @Test
    void anAbsentValueIsNotAnEmptyOne() {
        AuditEvent withoutReason = copy(EVENT, Map.of("reason", Map.of()));
        AuditEvent emptyReason = copy(EVENT, Map.of("reason", ""));
        assertThat(EventDigest.hash(withoutReason, 1, EventDigest.GENESIS))
                .isNotEqualTo(EventDigest.hash(emptyReason, 1, EventDigest.GENESIS));
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        AuditEvent a = copy(copy(EVENT, Map.of("username", "ab")), Map.of("reason", "c"));
        AuditEvent b = copy(copy(EVENT, Map.of("username", "a")), Map.of("reason", "bc"));
        assertThat(EventDigest.hash(a, 1, EventDigest.GENESIS)).isNotEqualTo(EventDigest.hash(b, 1, EventDigest.GENESIS));
    }

    @Test
    void instantsAreKeptToTheMicrosecondAsPostgresqlStoresThem() {
        assertThat(EVENT.occurredAt()).isEqualTo(Instant.parse("2026-11-26T14:05:33.123456Z"));
    }

    /** A copy with one field replaced; an empty map stands for null. */
    @SuppressWarnings("unchecked")
    static AuditEvent copy(AuditEvent e, Map<String, Object> change) {
        String field = change.keySet().iterator().next();
        Object v = change.get(field) instanceof Map<?, ?> m && m.isEmpty() ? null : change.get(field);
        return new AuditEvent(
                field.equals("id") ? (UUID) v : e.id(),
                field.equals("occurredAt") ? (Instant) v : e.occurredAt(),
                field.equals("service") ? (ServiceId) v : e.service(),
                field.equals("actor") ? (StaffId) v : e.actor(),
                field.equals("roles") ? (List<String>) v : e.roles(),
                field.equals("username") ? (String) v : e.username(),
                field.equals("action") ? (AuditAction) v : e.action(),
                field.equals("patient") ? (PatientId) v : e.patient(),
                field.equals("listed") ? (List<PatientId>) v : e.listedPatients(),
                field.equals("recordType") ? (String) v : e.recordType(),
                field.equals("recordId") ? (String) v : e.recordId(),
                field.equals("detail") ? (String) v : e.detail(),
                field.equals("clientIp") ? (String) v : e.clientIp(),
                field.equals("reason") ? (String) v : e.reason());
    }
}
