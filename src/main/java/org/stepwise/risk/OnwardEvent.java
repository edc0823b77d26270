package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;

/** A status an onward referral reached, the day it happened, and who recorded it. */
public record OnwardEvent(OnwardStatus status, LocalDate occurredOn, String note, String recordedBy,
                          Instant recordedAt) {
}
