package org.stepwise.audit;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.stepwise.audit.ChainBreak.Kind;

/**
 * Walks one chain in sequence order, keeping only the previous event's number, hash and id, and names the first
 * event where the chain breaks. Links are checked before content: an event that points at the wrong predecessor
 * tells where events were removed, added or moved; an event whose own hash fails was changed.
 */
final class ChainWalk {

    /** How far back a renumbered event is looked for: enough to name a small deletion precisely. */
    private static final int RENUMBERING_SEARCH = 16;

    /** Looks up events that are not next to the walk; used only once a break has been found. */
    interface ChainIndex {
        /** The sequence number of the event whose stored hash this is. */
        Optional<Long> seqOfHash(byte[] hash);

        Optional<UUID> idAt(long seq);
    }

    private final ChainIndex index;
    private long expectedSeq = 1;
    private byte[] expectedPrevious = EventDigest.GENESIS;
    private UUID previousId;

    ChainWalk(ChainIndex index) {
        this.index = index;
    }

    long checked() {
        return expectedSeq - 1;
    }

    Optional<ChainBreak> next(StoredEvent e) {
        UUID id = e.event().id();
        if (e.seq() > expectedSeq) {
            return Optional.of(new ChainBreak(Kind.DELETED, expectedSeq, null, "events " + expectedSeq + " to "
                    + (e.seq() - 1) + " are missing; the chain resumes at event " + e.seq() + " (id " + id + ")"));
        }
        boolean contentHolds = Arrays.equals(EventDigest.hash(e.event(), e.seq(), e.prevHash()), e.hash());
        if (!Arrays.equals(e.prevHash(), expectedPrevious)) {
            return Optional.of(brokenLink(e, contentHolds));
        }
        if (!contentHolds) {
            return Optional.of(new ChainBreak(Kind.ALTERED, e.seq(), id,
                    "the event's content no longer matches the hash it was written with"));
        }
        expectedSeq = e.seq() + 1;
        expectedPrevious = e.hash();
        previousId = id;
        return Optional.empty();
    }

    /** Compares the end of the walk with the chain head, which each append moves in the same transaction. */
    Optional<ChainBreak> finish(AuditChain.ChainHead head) {
        long last = expectedSeq - 1;
        long headSeq = head == null ? 0 : head.seq();
        if (headSeq > last) {
            return Optional.of(new ChainBreak(Kind.DELETED, last + 1, null, "the chain head records " + headSeq
                    + " events but the chain ends at event " + last + ": the latest events were removed"));
        }
        if (headSeq < last) {
            return Optional.of(new ChainBreak(Kind.INSERTED, headSeq + 1, index.idAt(headSeq + 1).orElse(null),
                    "events after " + headSeq + " were added without moving the chain head, so not by Stepwise"));
        }
        if (last > 0 && !Arrays.equals(head.hash(), expectedPrevious)) {
            return Optional.of(new ChainBreak(Kind.ALTERED, last, previousId,
                    "the last event is not the one the chain head records: it was rewritten with a fresh hash"));
        }
        return Optional.empty();
    }

    private ChainBreak brokenLink(StoredEvent e, boolean contentHolds) {
        UUID id = e.event().id();
        Optional<Long> predecessor = index.seqOfHash(e.prevHash());
        if (predecessor.isPresent() && predecessor.get() > e.seq()) {
            return new ChainBreak(Kind.REORDERED, e.seq(), id, "this event was written after event "
                    + predecessor.get() + ", which now comes later: the order of events was changed");
        }
        if (predecessor.isPresent() && predecessor.get() < e.seq() - 1) {
            long first = predecessor.get() + 1;
            return new ChainBreak(Kind.INSERTED, first, index.idAt(first).orElse(null), "event " + e.seq()
                    + " was written straight after event " + predecessor.get() + ", so events " + first + " to "
                    + (e.seq() - 1) + " were put in later");
        }
        if (predecessor.isEmpty() && contentHolds) {
            return e.seq() == 1
                    ? new ChainBreak(Kind.INSERTED, 1, id, "the first event does not start a chain: it was forged")
                    : new ChainBreak(Kind.ALTERED, e.seq() - 1, previousId, "event " + e.seq() + " was written after "
                    + "an event that no longer exists as written: its predecessor was rewritten or replaced");
        }
        if (predecessor.isEmpty()) {
            for (int shift = 1; shift <= RENUMBERING_SEARCH; shift++) {
                if (Arrays.equals(EventDigest.hash(e.event(), e.seq() + shift, e.prevHash()), e.hash())) {
                    return new ChainBreak(Kind.DELETED, e.seq(), null, shift + " event(s) before event " + e.seq()
                            + " were deleted and the later events renumbered; this one (id " + id + ") was "
                            + (e.seq() + shift));
                }
            }
        }
        return new ChainBreak(Kind.ALTERED, e.seq(), id,
                "neither the event's content nor its link to the event before it match what was written");
    }
}
