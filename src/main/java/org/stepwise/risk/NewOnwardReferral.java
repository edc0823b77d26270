package org.stepwise.risk;

import java.time.Instant;

/** An onward referral as entered, already checked by {@link OnwardForm}. */
record NewOnwardReferral(Destination destination, String organisation, Urgency urgency, Instant referredAt,
                         String reason) {
}
