package org.stepwise.risk;

import java.time.Instant;
import java.util.UUID;
import org.stepwise.shared.ReferralId;

/** A referral of the person on to another service, and where its answer stands. */
public record OnwardReferral(UUID id, ReferralId referralId, Destination destination, String organisation,
                             Urgency urgency, Instant referredAt, String reason, OnwardStatus status,
                             Instant chaseDueAt, String createdBy, int version) {

    /** Unanswered past the service's chase interval for its urgency: someone should call them. */
    public boolean chaseNow(Instant now) {
        return status.awaitingResponse() && !now.isBefore(chaseDueAt);
    }
}
