package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.stepwise.shared.ReferralId;

/**
 * One row of a worklist, whatever its kind: whose case, what it is, who has it, since when, when it falls due,
 * and where to act on it.
 *
 * @param dueAt a deadline to the minute (flag reviews, chases), or null
 * @param dueOn a deadline to the day (tasks), or null
 */
public record WorkItem(UUID id, ReferralId referralId, String patientName, String what, String who,
                       String statusLabel, String statusClass, Instant since, Instant dueAt, LocalDate dueOn,
                       boolean overdue, String href) {
}
