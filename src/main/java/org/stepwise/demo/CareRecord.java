package org.stepwise.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.stepwise.referral.EndingCode;

/**
 * What a referral's moves mean for its contacts: the stretches of care at a step, who treated in
 * each and from when, when treatment started, and how the referral ended. Contacts are laid inside
 * these moments, so every appointment fits the journey already written.
 */
final class CareRecord {

    /** Care at one step, from allocation to a step change, the ending, or today. */
    static final class Episode {
        final int step;
        final Instant allocatedAt;
        private final List<Practitioner> holders = new ArrayList<>();
        private final List<Instant> since = new ArrayList<>();
        /** The first attended treatment session was recorded at this moment, which started treatment. */
        Instant startedAt;
        Instant endedAt;

        private Episode(int step, Practitioner holder, Instant allocatedAt) {
            this.step = step;
            this.allocatedAt = allocatedAt;
            handOver(holder, allocatedAt);
        }

        private void handOver(Practitioner holder, Instant at) {
            holders.add(holder);
            since.add(at);
        }

        Practitioner holderAt(Instant t) {
            return holders.get(holding(t));
        }

        /** When whoever holds the case at {@code t} took it on. */
        Instant holderSince(Instant t) {
            return since.get(holding(t));
        }

        Practitioner holder() {
            return holders.get(holders.size() - 1);
        }

        /** Everyone who held the case in this episode, in turn. */
        List<Practitioner> holders() {
            return List.copyOf(holders);
        }

        boolean ongoing() {
            return endedAt == null;
        }

        private int holding(Instant t) {
            int i = 0;
            while (i + 1 < since.size() && !since.get(i + 1).isAfter(t)) {
                i++;
            }
            return i;
        }
    }

    private final List<Episode> episodes = new ArrayList<>();
    private EndingCode endingCode;
    private UUID endedBy;
    private Instant endedAt;
    private boolean endedThroughDischarge;

    void allocate(int step, Practitioner holder, Instant at) {
        leave(at);
        episodes.add(new Episode(step, holder, at));
    }

    void reallocate(Practitioner holder, Instant at) {
        current().handOver(holder, at);
    }

    void start(Instant at) {
        current().startedAt = at;
    }

    /** The current stretch of care ends, as when the person is stepped onto a waiting list. */
    void leave(Instant at) {
        if (!episodes.isEmpty() && current().ongoing()) {
            current().endedAt = at;
        }
    }

    /**
     * @param throughDischarge ended from the case by its practitioner (or an allocator), which stores an
     *                         outcome; a triage decision to close does not
     */
    void end(EndingCode code, UUID by, Instant at, boolean throughDischarge) {
        leave(at);
        endingCode = code;
        endedBy = by;
        endedAt = at;
        endedThroughDischarge = throughDischarge;
    }

    List<Episode> episodes() {
        return episodes;
    }

    boolean ended() {
        return endedAt != null;
    }

    EndingCode endingCode() {
        return endingCode;
    }

    UUID endedBy() {
        return endedBy;
    }

    Instant endedAt() {
        return endedAt;
    }

    boolean endedThroughDischarge() {
        return endedThroughDischarge;
    }

    private Episode current() {
        return episodes.get(episodes.size() - 1);
    }
}
