package org.stepwise.audit;

import java.util.UUID;

/**
 * The first place where a chain no longer holds together: which event (by sequence number, and by id where the event
 * still exists) and the most likely kind of tampering. The position is exact; the kind is the simplest explanation.
 */
public record ChainBreak(Kind kind, long seq, UUID eventId, String explanation) {

    public enum Kind {
        ALTERED("Altered"),
        DELETED("Deleted"),
        INSERTED("Inserted"),
        REORDERED("Reordered");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return kind + " at event " + seq + (eventId == null ? "" : " (id " + eventId + ")") + ": " + explanation;
    }
}
