package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.audit.ChainBreak.Kind;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** The walk on chains held in memory; {@code ChainTamperIT} does the same to rows in PostgreSQL. */
class ChainWalkTest {

    static final ServiceId SERVICE = ServiceId.random();

    static AuditEvent read(int n) {
        return AuditEvent.of(AuditAction.READ, Instant.parse("2026-11-26T09:00:00Z").plusSeconds(n))
                .by(SERVICE, StaffId.random(), Set.of()).patient(PatientId.random()).build();
    }

    /** A correctly written chain of {@code n} events. */
    static List<StoredEvent> chain(int n) {
        List<StoredEvent> chain = new ArrayList<>();
        byte[] previous = EventDigest.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            chain.add(sealed(read(seq), seq, previous));
            previous = chain.get(chain.size() - 1).hash();
        }
        return chain;
    }

    static StoredEvent sealed(AuditEvent e, long seq, byte[] previous) {
        return new StoredEvent(e, seq, previous, EventDigest.hash(e, seq, previous));
    }

    static StoredEvent renumbered(StoredEvent e, long seq) {
        return new StoredEvent(e.event(), seq, e.prevHash(), e.hash());
    }

    /** Walks the rows in sequence order, as the database returns them, and checks the end against the head. */
    static Optional<ChainBreak> walk(List<StoredEvent> rows, AuditChain.ChainHead head) {
        List<StoredEvent> ordered = rows.stream().sorted((a, b) -> Long.compare(a.seq(), b.seq())).toList();
        ChainWalk walk = new ChainWalk(new ChainWalk.ChainIndex() {
            @Override
            public Optional<Long> seqOfHash(byte[] hash) {
                return ordered.stream().filter(e -> Arrays.equals(e.hash(), hash)).map(StoredEvent::seq).findFirst();
            }

            @Override
            public Optional<UUID> idAt(long seq) {
                return ordered.stream().filter(e -> e.seq() == seq).map(e -> e.event().id()).findFirst();
            }
        });
        for (StoredEvent e : ordered) {
            Optional<ChainBreak> broken = walk.next(e);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return walk.finish(head);
    }

    static AuditChain.ChainHead headOf(List<StoredEvent> chain) {
        StoredEvent last = chain.get(chain.size() - 1);
        return new AuditChain.ChainHead(last.seq(), last.hash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<StoredEvent> chain = chain(5);
        assertThat(walk(chain, headOf(chain))).isEmpty();
        assertThat(walk(List.of(), null)).isEmpty();
    }

    @Test
    void anAlteredEventIsNamed() {
        List<StoredEvent> chain = chain(5);
        AuditChain.ChainHead head = headOf(chain);
        StoredEvent third = chain.get(2);
        chain.set(2, new StoredEvent(EventDigestTest.copy(third.event(), java.util.Map.of("reason", "edited")),
                3, third.prevHash(), third.hash()));
        assertThat(walk(chain, head)).hasValue(new ChainBreak(Kind.ALTERED, 3, third.event().id(),
                "the event's content no longer matches the hash it was written with"));
    }

    @Test
    void aDeletedEventIsNamedByItsNumber() {
        List<StoredEvent> chain = chain(5);
        AuditChain.ChainHead head = headOf(chain);
        chain.remove(2);
        assertThat(walk(chain, head)).hasValueSatisfying(b -> {
            assertThat(b.kind()).isEqualTo(Kind.DELETED);
            assertThat(b.seq()).isEqualTo(3);
            assertThat(b.explanation()).contains(chain.get(2).event().id().toString());
        });
    }

    @Test
    void aDeletionHiddenByRenumberingIsStillFound() {
        List<StoredEvent> chain = chain(6);
        AuditChain.ChainHead head = headOf(chain);
        chain.remove(2);
        for (int i = 2; i < chain.size(); i++) {
            chain.set(i, renumbered(chain.get(i), i + 1));
        }
        assertThat(walk(chain, head)).hasValueSatisfying(b -> {
            assertThat(b.kind()).isEqualTo(Kind.DELETED);
            assertThat(b.seq()).isEqualTo(3);
        });
    }

    @Test
    void theLatestEventsRemovedAreFoundFromTheHead() {
        List<StoredEvent> chain = chain(5);
        AuditChain.ChainHead head = headOf(chain);
        chain.remove(4);
        assertThat(walk(chain, head)).hasValueSatisfying(b -> assertThat(b.kind()).isEqualTo(Kind.DELETED))
                .hasValueSatisfying(b -> assertThat(b.seq()).isEqualTo(5));
    }

    @Test
    void aForgedEventInsertedWithACorrectHashIsNamed() {
        List<StoredEvent> chain = chain(5);
        AuditChain.ChainHead head = headOf(chain);
        StoredEvent forged = sealed(read(99), 4, chain.get(2).hash());
        for (int i = 3; i < chain.size(); i++) {
            chain.set(i, renumbered(chain.get(i), i + 2));
        }
        chain.add(3, forged);
        assertThat(walk(chain, head)).hasValueSatisfying(b -> {
            assertThat(b.kind()).isEqualTo(Kind.INSERTED);
            assertThat(b.seq()).isEqualTo(4);
            assertThat(b.eventId()).isEqualTo(forged.event().id());
        });
    }

    @Test
    void anEventAppendedBehindStepwisesBackIsNamed() {
        List<StoredEvent> chain = chain(5);
        AuditChain.ChainHead head = headOf(chain);
        StoredEvent forged = sealed(read(99), 6, chain.get(4).hash());
        chain.add(forged);
        assertThat(walk(chain, head)).hasValueSatisfying(b -> assertThat(b)
                .extracting(ChainBreak::kind, ChainBreak::seq, ChainBreak::eventId)
                .containsExactly(Kind.INSERTED, 6L, forged.event().id()));
    }

    @Test
    void swappedEventsAreNamedAsReordered() {
        List<StoredEvent> chain = chain(5);
        AuditChain.ChainHead head = headOf(chain);
        StoredEvent third = chain.get(2);
        StoredEvent fourth = chain.get(3);
        chain.set(2, renumbered(fourth, 3));
        chain.set(3, renumbered(third, 4));
        assertThat(walk(chain, head)).hasValueSatisfying(b -> assertThat(b)
                .extracting(ChainBreak::kind, ChainBreak::seq, ChainBreak::eventId)
                .containsExactly(Kind.REORDERED, 3L, fourth.event().id()));
    }

    @Test
    void aRewrittenAndRehashedEventIsFoundByTheOneAfterIt() {
        List<StoredEvent> chain = chain(5);
        AuditChain.ChainHead head = headOf(chain);
        StoredEvent third = chain.get(2);
        chain.set(2, sealed(EventDigestTest.copy(third.event(), java.util.Map.of("reason", "edited")), 3,
                third.prevHash()));
        assertThat(walk(chain, head)).hasValueSatisfying(b -> assertThat(b)
                .extracting(ChainBreak::kind, ChainBreak::seq, ChainBreak::eventId)
                .containsExactly(Kind.ALTERED, 3L, third.event().id()));
    }
}
