package org.stepwise.casefile;

import java.time.Instant;

/** One thing that happened in a case: when, what kind, what, and who. */
public record ChronologyEntry(Instant at, String kind, String detail, String who) {
}
