package org.stepwise.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.stepwise.shared.PatientId;

/**
 * Appends events to their chains. The chain head row is locked FOR UPDATE, so each chain has exactly one order and
 * gap-free sequence numbers, and the lock is held only from the append to the end of the caller's transaction.
 */
@Repository
class AuditChain {

    /** The chain of events that belong to no service: failed sign-ins with an unknown user name. */
    static final UUID INSTALLATION = new UUID(0, 0);

    private static final String APPEND = """
            with appended as (
                insert into audit_event (seq, id, occurred_at, service_id, actor_id, actor_roles, username, action,
                                         patient_id, listed_patients, record_type, record_id, detail, client_ip,
                                         reason, prev_hash, hash)
                values (:seq, :id, :occurredAt, cast(:service as uuid), cast(:actor as uuid), cast(:roles as text[]),
                        cast(:username as text), :action, cast(:patient as uuid), cast(:listed as uuid[]),
                        cast(:recordType as text), cast(:recordId as text), cast(:detail as jsonb),
                        cast(:clientIp as text), cast(:reason as text), :prevHash, :hash)
            )
            update audit_chain set last_seq = :seq, last_hash = :hash where chain_id = :chain and last_seq = :seq - 1
            """;

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static UUID chainOf(AuditEvent e) {
        return e.service() == null ? INSTALLATION : e.service().value();
    }

    /** Appends in the caller's transaction, so the events commit or roll back with whatever they record. */
    void append(List<AuditEvent> events) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Audit events are appended inside a transaction");
        }
        // Chains are locked in one order, so two transactions that touch the same chains cannot deadlock.
        Map<UUID, List<AuditEvent>> byChain = new TreeMap<>();
        events.forEach(e -> byChain.computeIfAbsent(chainOf(e), c -> new ArrayList<>()).add(e));
        byChain.forEach(this::appendTo);
    }

    private void appendTo(UUID chain, List<AuditEvent> events) {
        ChainHead head = lockHead(chain);
        for (AuditEvent e : events) {
            long seq = head.seq() + 1;
            byte[] hash = EventDigest.hash(e, seq, head.hash());
            int moved = jdbc.sql(APPEND)
                    .param("seq", seq)
                    .param("id", e.id())
                    .param("occurredAt", OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
                    .param("service", e.service() == null ? null : e.service().value())
                    .param("actor", e.actor() == null ? null : e.actor().value())
                    .param("roles", e.roles().stream().collect(Collectors.joining(",", "{", "}")))
                    .param("username", e.username())
                    .param("action", e.action().name())
                    .param("patient", e.patient() == null ? null : e.patient().value())
                    .param("listed", e.listedPatients() == null ? null : e.listedPatients().stream()
                            .map(PatientId::toString).collect(Collectors.joining(",", "{", "}")))
                    .param("recordType", e.recordType())
                    .param("recordId", e.recordId())
                    .param("detail", e.detail())
                    .param("clientIp", e.clientIp())
                    .param("reason", e.reason())
                    .param("prevHash", head.hash())
                    .param("hash", hash)
                    .param("chain", chain)
                    .update();
            if (moved != 1) {
                throw new IllegalStateException("The audit chain head moved while it was locked");
            }
            head = new ChainHead(seq, hash);
        }
    }

    private ChainHead lockHead(UUID chain) {
        Optional<ChainHead> head = selectForUpdate(chain);
        if (head.isPresent()) {
            return head.get();
        }
        jdbc.sql("insert into audit_chain (chain_id, last_seq, last_hash) values (?, 0, ?) on conflict do nothing")
                .params(chain, EventDigest.GENESIS).update();
        return selectForUpdate(chain).orElseThrow();
    }

    private Optional<ChainHead> selectForUpdate(UUID chain) {
        return jdbc.sql("select last_seq, last_hash from audit_chain where chain_id = ? for update")
                .param(chain)
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getBytes(2)))
                .optional();
    }

    /** The last event of a chain: its sequence number and hash. */
    record ChainHead(long seq, byte[] hash) {
    }
}
