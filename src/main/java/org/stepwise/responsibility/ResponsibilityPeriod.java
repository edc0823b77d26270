package org.stepwise.responsibility;

import java.time.Instant;

/** One holder of one kind of responsibility for a case, from when to when (open when {@code endedAt} is null). */
public record ResponsibilityPeriod(
        ResponsibilityKind kind,
        String holder,
        String holderRole,
        Instant startedAt,
        Instant endedAt,
        String reason,
        String recordedBy) {

    public boolean current() {
        return endedAt == null;
    }

    public boolean heldAt(Instant moment) {
        return !startedAt.isAfter(moment) && (endedAt == null || endedAt.isAfter(moment));
    }
}
