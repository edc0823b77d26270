package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.audit.ChainBreak.Kind;
import org.stepwise.shared.PatientId;

/**
 * Tampering as a database superuser would: triggers disabled, rows changed, triggers enabled, then the verifier.
 * Each tampering happens inside a transaction that is rolled back after the check, so the shared database is left
 * exactly as it was for every other test, and each test tampers only with its own service's chain.
 */
@IntegrationTest
class ChainTamperIT {

    @Autowired Fixtures fixtures;
    @Autowired AuditTrail trail;
    @Autowired ChainVerifier verifier;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    TestService s;
    List<RecordedEvents.Row> events;

    /** Six reads: a chain numbered 1 to 6. */
    @BeforeEach
    void aChainOfSixEvents() {
        s = fixtures.service();
        PatientId patient = s.patient("Ada", "Lovelace");
        for (int i = 0; i < 6; i++) {
            trail.recordRead(s.id(), s.lead(), patient, AuditedRecord.patient(patient));
        }
        events = new RecordedEvents(jdbc).all(s.id());
        assertThat(events).extracting(RecordedEvents.Row::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void anUntamperedChainIsIntact() {
        ChainReport report = verifier.verify(s.id());
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(6);
        assertThat(report.headHash()).hasSize(64);
    }

    @Test
    void anAlteredRowIsNamed() {
        ChainBreak broken = tamperAndVerify(db -> db.sql("update audit_event set patient_id = ? where chain_id = ? "
                + "and seq = 3").params(UUID.randomUUID(), chain()).update());
        assertThat(broken).extracting(ChainBreak::kind, ChainBreak::seq, ChainBreak::eventId)
                .containsExactly(Kind.ALTERED, 3L, events.get(2).id());
    }

    @Test
    void aDeletedRowIsNamed() {
        ChainBreak broken = tamperAndVerify(db -> db.sql("delete from audit_event where chain_id = ? and seq = 3")
                .param(chain()).update());
        assertThat(broken.kind()).isEqualTo(Kind.DELETED);
        assertThat(broken.seq()).isEqualTo(3);
        assertThat(broken.explanation()).contains(events.get(3).id().toString());
    }

    @Test
    void aForgedRowIsNamedEvenWhenItsHashIsRight() {
        AuditEvent forged = AuditEvent.of(AuditAction.READ, java.time.Instant.now()).by(s.id(), s.allocator(),
                java.util.Set.of()).patient(PatientId.random()).build();
        ChainBreak broken = tamperAndVerify(db -> {
            shift(db, 4, 1);
            insert(db, forged, 4, hashAt(db, 3));
        });
        assertThat(broken).extracting(ChainBreak::kind, ChainBreak::seq, ChainBreak::eventId)
                .containsExactly(Kind.INSERTED, 4L, forged.id());
    }

    @Test
    void aRowAddedAfterTheLastIsNamed() {
        AuditEvent forged = AuditEvent.of(AuditAction.READ, java.time.Instant.now()).by(s.id(), s.allocator(),
                java.util.Set.of()).build();
        ChainBreak broken = tamperAndVerify(db -> insert(db, forged, 7, hashAt(db, 6)));
        assertThat(broken).extracting(ChainBreak::kind, ChainBreak::seq, ChainBreak::eventId)
                .containsExactly(Kind.INSERTED, 7L, forged.id());
    }

    @Test
    void swappedSequenceNumbersAreNamed() {
        ChainBreak broken = tamperAndVerify(db -> {
            db.sql("update audit_event set seq = 1000 where chain_id = ? and seq = 3").param(chain()).update();
            db.sql("update audit_event set seq = 3 where chain_id = ? and seq = 4").param(chain()).update();
            db.sql("update audit_event set seq = 4 where chain_id = ? and seq = 1000").param(chain()).update();
        });
        assertThat(broken).extracting(ChainBreak::kind, ChainBreak::seq, ChainBreak::eventId)
                .containsExactly(Kind.REORDERED, 3L, events.get(3).id());
    }

    private ChainBreak tamperAndVerify(Consumer<JdbcClient> tamper) {
        AtomicReference<ChainReport> report = new AtomicReference<>();
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("alter table audit_event disable trigger all").update();
            tamper.accept(jdbc);
            jdbc.sql("alter table audit_event enable trigger all").update();
            report.set(verifier.verify(s.id()));
        });
        assertThat(verifier.verify(s.id()).intact()).as("the tampering was rolled back").isTrue();
        assertThat(report.get().intact()).as("tampering is found").isFalse();
        return report.get().broken();
    }

    private UUID chain() {
        return s.id().value();
    }

    /** Moves events from {@code seq} on up by {@code by}, in two steps so the primary key never collides. */
    private void shift(JdbcClient db, long seq, long by) {
        db.sql("update audit_event set seq = seq + 1000000 where chain_id = ? and seq >= ?").params(chain(), seq).update();
        db.sql("update audit_event set seq = seq - 1000000 + ? where chain_id = ? and seq >= 1000000")
                .params(by, chain()).update();
    }

    private byte[] hashAt(JdbcClient db, long seq) {
        return db.sql("select hash from audit_event where chain_id = ? and seq = ?").params(chain(), seq)
                .query(byte[].class).single();
    }

    /** What someone who knows the algorithm would write: a row whose own hash is right. */
    private void insert(JdbcClient db, AuditEvent e, long seq, byte[] previous) {
        db.sql("""
                insert into audit_event (seq, id, occurred_at, service_id, actor_id, actor_roles, action, patient_id,
                                         prev_hash, hash)
                values (?, ?, ?, ?, ?, '{}', ?, ?, ?, ?)""")
                .params(seq, e.id(), OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.service().value(),
                        e.actor().value(), e.action().name(), e.patient() == null ? null : e.patient().value(),
                        previous, EventDigest.hash(e, seq, previous))
                .update();
    }
}
