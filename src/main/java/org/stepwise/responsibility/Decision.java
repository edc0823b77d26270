package org.stepwise.responsibility;

import java.time.Instant;

/** An entry in the decision ledger. */
public record Decision(DecisionKind kind, String summary, String decidedBy, Instant decidedAt) {
}
