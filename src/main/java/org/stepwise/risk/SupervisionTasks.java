package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Actions agreed in case management supervision, kept as tasks so the owner sees them and their completion shows. */
@Service
public class SupervisionTasks {

    private final TaskStore store;
    private final Clinicians clinicians;
    private final RiskClock time;

    SupervisionTasks(TaskStore store, Clinicians clinicians, RiskClock time) {
        this.store = store;
        this.clinicians = clinicians;
        this.time = time;
    }

    /** Made in the transaction that signs the session, so a session is never signed without its actions. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID assign(ServiceId service, ReferralId referral, UUID discussion, String title, StaffId owner,
                       LocalDate dueOn, StaffId by, Instant at) {
        clinicians.owner(service, owner);
        if (title.isBlank() || title.length() > NewTask.MAX_TITLE) {
            throw new DomainException("An action needs a description of " + NewTask.MAX_TITLE + " characters or fewer");
        }
        if (dueOn.isBefore(time.today(service))) {
            throw new DomainException("An action's due date cannot be in the past");
        }
        return store.insert(service, referral, new NewTask(title.strip(), owner, dueOn, Priority.NORMAL),
                TaskOrigin.SUPERVISION_ACTION, null, discussion, by, at);
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<Task>> forDiscussions(ServiceId service, Collection<UUID> discussions) {
        return store.forDiscussions(service, discussions);
    }
}
