package org.stepwise.measures;

import java.time.Instant;

/** A raised risk flag: what raised it, when, and whose entry raised it. */
public record RiskFlag(String detail, Instant raisedAt, String raisedBy) {
}
