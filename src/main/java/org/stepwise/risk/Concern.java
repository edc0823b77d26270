package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;

/** A safeguarding concern: who is at risk, of what, since when, who owns it, and where it stands. */
public record Concern(UUID id, ReferralId referralId, ConcernFor concernFor, String personAtRisk, String concern,
                      LocalDate noticedOn, StaffId ownerId, String ownerName, ConcernStatus status, String raisedBy,
                      Instant raisedAt, Instant closedAt, int version) {
}
