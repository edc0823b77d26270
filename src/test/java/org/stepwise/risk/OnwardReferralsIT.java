package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;

@IntegrationTest
@Import(RiskCases.class)
class OnwardReferralsIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired Fixtures fixtures;
    @Autowired RiskCases cases;
    @Autowired OnwardReferrals onward;
    @Autowired Tasks tasks;
    @Autowired Worklists worklists;
    @Autowired RiskSummaries summaries;
    @Autowired ResponsibilityLedger ledger;
    @Autowired JdbcClient jdbc;

    @Test
    void sendingSetsAChaseTaskThatEachAnswerClosesUntilTheReferralIsAccepted() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");

        UUID o = onward.send(s.id(), id, new NewOnwardReferral(Destination.CRISIS_TEAM, "Northtown Crisis Team",
                Urgency.URGENT, Instant.now().minus(Duration.ofMinutes(5)), "Plan and intent disclosed"), pwp);

        OnwardReferral sent = onward.get(s.id(), o);
        assertThat(sent.status()).isEqualTo(OnwardStatus.SENT);
        assertThat(sent.chaseDueAt()).isEqualTo(sent.referredAt().plus(Duration.ofHours(24)));
        assertThat(tasks.forReferral(s.id(), id)).singleElement().satisfies(t -> {
            assertThat(t.title()).contains("Chase Northtown Crisis Team");
            assertThat(t.ownerName()).isEqualTo("Priya Patel");
            assertThat(t.priority()).isEqualTo(Priority.HIGH);
            assertThat(t.origin()).isEqualTo(TaskOrigin.CHASE_ONWARD_REFERRAL);
            assertThat(t.open()).isTrue();
        });

        onward.respond(s.id(), o, 0, OnwardStatus.ACKNOWLEDGED, TODAY, "Duty worker Jo", pwp);
        assertThat(tasks.forReferral(s.id(), id)).filteredOn(Task::open).singleElement()
                .satisfies(t -> assertThat(t.title()).contains("for a decision"));

        onward.respond(s.id(), o, 1, OnwardStatus.ACCEPTED, TODAY, "Home visit today", pwp);

        OnwardReferral accepted = onward.get(s.id(), o);
        assertThat(accepted.status()).isEqualTo(OnwardStatus.ACCEPTED);
        assertThat(accepted.chaseDueAt()).isNull();
        assertThat(tasks.forReferral(s.id(), id)).hasSize(2).noneMatch(Task::open)
                .allSatisfy(t -> assertThat(t.completedBy()).isEqualTo("Priya Patel"));
        assertThat(onward.history(s.id(), o)).extracting(OnwardEvent::status)
                .containsExactly(OnwardStatus.SENT, OnwardStatus.ACKNOWLEDGED, OnwardStatus.ACCEPTED);
        assertThat(onward.anyAccepted(s.id(), id)).isTrue();
        assertThat(ledger.decisions(s.id(), id)).extracting(d -> d.kind()).contains(DecisionKind.ONWARD_REFERRAL,
                DecisionKind.ONWARD_REFERRAL_RESPONSE);
    }

    @Test
    void anAnsweredReferralRefusesAnotherAnswerAndTheDatabaseRefusesToChangeIt() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        UUID o = send(s, id, pwp, Urgency.ROUTINE, Duration.ofHours(1));
        onward.respond(s.id(), o, 0, OnwardStatus.ACCEPTED, TODAY, null, pwp);

        assertThatThrownBy(() -> onward.respond(s.id(), o, 1, OnwardStatus.DECLINED, TODAY, "Changed their mind", pwp))
                .isInstanceOf(RiskTransitionException.class).hasMessageContaining("already accepted");
        assertThatThrownBy(() -> jdbc.sql("update onward_referral set status = 'SENT' where service_id = ? and id = ?")
                .params(s.id().value(), o).update()).hasStackTraceContaining("cannot change");
        assertThatThrownBy(() -> onward.respond(s.id(), o, 0, OnwardStatus.DECLINED, TODAY, "x", pwp))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aDeclineLeavesTheCasesPractitionerATaskToAgreeNextSteps() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        UUID o = send(s, id, s.supervisor(), Urgency.ROUTINE, Duration.ofHours(1));

        assertThatThrownBy(() -> onward.respond(s.id(), o, 0, OnwardStatus.DECLINED, TODAY.plusDays(1), "x", pwp))
                .hasMessageContaining("future");
        onward.respond(s.id(), o, 0, OnwardStatus.DECLINED, TODAY, "Does not meet threshold", s.supervisor());

        assertThat(tasks.forReferral(s.id(), id)).filteredOn(Task::open).singleElement().satisfies(t -> {
            assertThat(t.title()).startsWith("Agree next steps");
            assertThat(t.ownerId()).isEqualTo(pwp);
            assertThat(t.dueOn()).isEqualTo(TODAY);
        });
    }

    @Test
    void anUnansweredReferralPastItsChaseTimeSurfacesForChasingFirst() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        UUID recent = send(s, id, pwp, Urgency.ROUTINE, Duration.ofMinutes(10));
        UUID late = send(s, id, pwp, Urgency.EMERGENCY, Duration.ofHours(6));

        var awaiting = worklists.list(WorkSection.ONWARD, s.id(), null, null, Instant.now(), TODAY);

        assertThat(awaiting).extracting(WorkItem::id).containsExactly(late, recent);
        assertThat(awaiting.get(0).overdue()).isTrue();
        assertThat(awaiting.get(0).statusLabel()).isEqualTo("Chase now");
        assertThat(awaiting.get(1).overdue()).isFalse();
        assertThat(onward.get(s.id(), late).chaseNow(Instant.now())).isTrue();
        assertThat(summaries.duty(s.id()).chaseNow()).isEqualTo(1);
        assertThat(summaries.duty(s.id()).awaitingOnward()).isEqualTo(2);
    }

    @Test
    void aReferralCannotBeSentInTheFutureOrBeforeTheCaseBegan() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");

        assertThatThrownBy(() -> send(s, id, pwp, Urgency.URGENT, Duration.ofHours(-2)))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> send(s, id, pwp, Urgency.URGENT, Duration.ofDays(60)))
                .hasMessageContaining("before the referral was received");
        assertThat(onward.forReferral(s.id(), id)).isEmpty();
        assertThat(tasks.forReferral(s.id(), id)).isEmpty();
    }

    private UUID send(TestService s, ReferralId id, StaffId by, Urgency urgency, Duration ago) {
        return onward.send(s.id(), id, new NewOnwardReferral(Destination.COMMUNITY_MENTAL_HEALTH_TEAM, "Northtown CMHT",
                urgency, Instant.now().minus(ago), "Needs secondary care"), by);
    }
}
