package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

@IntegrationTest
@Import(RiskCases.class)
class TasksIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired Fixtures fixtures;
    @Autowired RiskCases cases;
    @Autowired Tasks tasks;
    @Autowired TaskStore store;
    @Autowired RiskSummaries summaries;
    @Autowired Worklists worklists;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void completingATaskRecordsWhoAndWhenOnceAndTheDatabaseKeepsItThatWay() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        UUID t = tasks.create(s.id(), id, new NewTask("Phone the GP about medication", pwp, TODAY, Priority.HIGH), pwp);
        assertThat(summaries.tasksOf(s.id(), pwp)).isEqualTo(new MyTaskCounts(1, 0));

        tasks.complete(s.id(), t, 0, "GP will review on Friday", s.supervisor());

        Task done = tasks.get(s.id(), t);
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.completedBy()).isEqualTo("Sam Supervisor");
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.completionNote()).isEqualTo("GP will review on Friday");
        assertThat(summaries.tasksOf(s.id(), pwp)).isEqualTo(new MyTaskCounts(0, 0));
        assertThatThrownBy(() -> tasks.complete(s.id(), t, 1, null, pwp)).isInstanceOf(RiskTransitionException.class);
        assertThatThrownBy(() -> tasks.complete(s.id(), t, 0, null, pwp)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> jdbc.sql("update task set status = 'OPEN', completed_at = null, completed_by = null "
                + "where service_id = ? and id = ?").params(s.id().value(), t).update())
                .hasStackTraceContaining("cannot change");
    }

    @Test
    void aTaskHasAClinicianAsOwnerAndIsNotDueInThePast() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId admin = s.member("Adam Admin", EnumSet.of(Role.ADMINISTRATOR));
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");

        assertThatThrownBy(() -> tasks.create(s.id(), id, new NewTask("Book", admin, TODAY, Priority.LOW), pwp))
                .hasMessageContaining("choose a clinician");
        assertThatThrownBy(() -> tasks.create(s.id(), id, new NewTask("Book", pwp, TODAY.minusDays(1), Priority.LOW),
                pwp)).hasMessageContaining("past");
        assertThat(tasks.forReferral(s.id(), id)).isEmpty();
    }

    @Test
    void myTasksArePagedSoonestFirstAndOverdueOnesReachTheSupervisorAndTheDutyView() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId other = s.pwp("Omar Other");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        tx.executeWithoutResult(st -> {
            for (int i = 0; i < TaskStore.PAGE_SIZE + 2; i++) {
                store.insert(s.id(), id, new NewTask("Task " + i, pwp, TODAY.plusDays(i - 2), Priority.NORMAL),
                        TaskOrigin.BY_HAND, null, pwp, Instant.now());
            }
            store.insert(s.id(), id, new NewTask("Someone else's", other, TODAY, Priority.NORMAL), TaskOrigin.BY_HAND,
                    null, pwp, Instant.now());
        });

        var first = tasks.openFor(s.id(), pwp, null);
        var second = tasks.openFor(s.id(), pwp, UUID.fromString(first.nextCursor()));

        assertThat(first.items()).hasSize(TaskStore.PAGE_SIZE);
        assertThat(first.items().get(0).title()).isEqualTo("Task 0");
        assertThat(first.items().get(0).overdue(TODAY)).isTrue();
        assertThat(second.items()).extracting(Task::title).containsExactly("Task 25", "Task 26");
        assertThat(second.hasNext()).isFalse();
        assertThat(summaries.tasksOf(s.id(), pwp)).isEqualTo(new MyTaskCounts(TaskStore.PAGE_SIZE + 2, 2));
        assertThat(summaries.forSupervisees(s.id(), s.supervisor()).get(pwp).overdueTasks()).isEqualTo(2);
        assertThat(summaries.forSupervisees(s.id(), s.supervisor()).get(other).overdueTasks()).isZero();
        assertThat(worklists.list(WorkSection.TASKS, s.id(), s.supervisor(), null, Instant.now(), TODAY))
                .extracting(WorkItem::what).containsExactly("Task 0", "Task 1");
        assertThat(worklists.list(WorkSection.TASKS, s.id(), other, null, Instant.now(), TODAY)).isEmpty();
    }
}
