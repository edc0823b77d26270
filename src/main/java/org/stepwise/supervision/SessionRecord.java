package org.stepwise.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stepwise.risk.Task;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;

/** A signed supervision session as it stands: what was signed, and every addendum since. */
public record SessionRecord(UUID id, LocalDate heldOn, StaffId supervisorId, String supervisorName, Instant signedAt,
                            List<Case> cases, List<Addendum> addenda) {

    /** One case on the session's agenda, discussed or recorded as not discussed; tasks are the agreed actions. */
    public record Case(UUID discussionId, ReferralId referral, String patientName, List<AgendaReason> reasons,
                       boolean discussed, String discussion, SupervisionDecision decision, String actions,
                       List<Task> tasks) {
    }

    public record Addendum(String authorName, Instant addedAt, String body, String reason) {
    }

    public long discussedCount() {
        return cases.stream().filter(Case::discussed).count();
    }
}
