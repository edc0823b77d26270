package org.stepwise.staff;

import java.time.Instant;
import org.stepwise.shared.StaffId;

/** How a member of staff signs in: the account behind the staff record. */
public record Account(
        StaffId id,
        String username,
        String fullName,
        boolean enabled,
        boolean mustChangePassword,
        Instant passwordChangedAt,
        String organisationIdentity,
        boolean twoStepSetUp) {
}
