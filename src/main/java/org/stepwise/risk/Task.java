package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;

/** A piece of work on a case with an owner, a due date and a priority; completing it records who and when. */
public record Task(UUID id, ReferralId referralId, String patientName, String title, StaffId ownerId,
                   String ownerName, LocalDate dueOn, Priority priority, TaskOrigin origin, TaskStatus status,
                   String createdBy, Instant createdAt, String completedBy, Instant completedAt,
                   String completionNote, int version) {

    public boolean overdue(LocalDate today) {
        return status == TaskStatus.OPEN && dueOn.isBefore(today);
    }

    public boolean open() {
        return status == TaskStatus.OPEN;
    }
}
