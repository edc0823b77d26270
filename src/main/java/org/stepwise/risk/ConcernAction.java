package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;

/** One entry in a concern's history. */
public record ConcernAction(ActionKind kind, LocalDate takenOn, String detail, String contact, String reference,
                            String newOwner, String recordedBy, Instant recordedAt) {
}
