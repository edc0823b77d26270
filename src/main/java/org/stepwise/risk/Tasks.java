package org.stepwise.risk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.Slice;
import org.stepwise.shared.StaffId;

/** Tasks made by hand, completing them, and the owner's list. Tasks made by rules come from {@link OnwardReferrals}. */
@Service
class Tasks {

    private final TaskStore store;
    private final ReferralService referrals;
    private final Clinicians clinicians;
    private final RiskClock time;

    Tasks(TaskStore store, ReferralService referrals, Clinicians clinicians, RiskClock time) {
        this.store = store;
        this.referrals = referrals;
        this.clinicians = clinicians;
        this.time = time;
    }

    @Transactional
    UUID create(ServiceId service, ReferralId referral, NewTask task, StaffId by) {
        referrals.get(service, referral);
        clinicians.owner(service, task.owner());
        if (task.dueOn().isBefore(time.today(service))) {
            throw new DomainException("The due date cannot be in the past");
        }
        return store.insert(service, referral, task, TaskOrigin.BY_HAND, null, by, time.now());
    }

    @Transactional
    void complete(ServiceId service, UUID taskId, int expectedVersion, String note, StaffId by) {
        Task task = get(service, taskId);
        if (task.version() != expectedVersion) {
            throw new ConcurrentEditException("task");
        }
        task.status().complete();
        if (note != null && note.length() > 2000) {
            throw new DomainException("The note must be 2,000 characters or fewer");
        }
        store.complete(service, taskId, expectedVersion, note == null || note.isBlank() ? null : note.strip(), by,
                time.now());
    }

    @Transactional(readOnly = true)
    Task get(ServiceId service, UUID taskId) {
        return store.find(service, taskId).orElseThrow(() -> new NotFoundException("No such task"));
    }

    @Transactional(readOnly = true)
    List<Task> forReferral(ServiceId service, ReferralId referral) {
        return store.forReferral(service, referral);
    }

    @Transactional(readOnly = true)
    Slice<Task> openFor(ServiceId service, StaffId owner, UUID after) {
        return Slice.of(store.openFor(service, owner, after), TaskStore.PAGE_SIZE, t -> t.id().toString());
    }

    /** Made by a rule, inside the rule's own transaction. */
    void byRule(ServiceId service, ReferralId referral, NewTask task, TaskOrigin origin, UUID onward, StaffId by,
                Instant at) {
        store.insert(service, referral, task, origin, onward, by, at);
    }

    void completeForOnwardReferral(ServiceId service, UUID onward, String note, StaffId by, Instant at) {
        store.completeForOnwardReferral(service, onward, note, by, at);
    }
}
