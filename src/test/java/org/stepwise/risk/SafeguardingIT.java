package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
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
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

@IntegrationTest
@Import(RiskCases.class)
class SafeguardingIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired Fixtures fixtures;
    @Autowired RiskCases cases;
    @Autowired Safeguarding safeguarding;
    @Autowired RiskSummaries summaries;
    @Autowired ResponsibilityLedger ledger;
    @Autowired JdbcClient jdbc;

    @Test
    void aConcernIsOwnedAndOpenUntilClosedAndEveryStepIsKeptWithWhoDidIt() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");

        UUID c = safeguarding.raise(s.id(), id, new NewConcern(ConcernFor.CHILD, "Her son, aged 6",
                "Described leaving him alone overnight", TODAY, pwp), pwp);
        assertThat(safeguarding.get(s.id(), c).status()).isEqualTo(ConcernStatus.OPEN);
        assertThat(summaries.forReferral(s.id(), id).openConcerns()).isEqualTo(1);
        assertThat(summaries.forSupervisees(s.id(), s.supervisor()).get(pwp).openConcerns()).isEqualTo(1);

        safeguarding.act(s.id(), c, 0, new NewAction(ActionKind.DISCUSSED, TODAY, "Discussed with Sam", null, null), pwp);
        safeguarding.act(s.id(), c, 1, new NewAction(ActionKind.SAFEGUARDING_REFERRAL, TODAY,
                "Referred by phone and form", "Children's services duty desk, 01632 960000", "CS-12345"), pwp);
        assertThat(safeguarding.get(s.id(), c).status()).isEqualTo(ConcernStatus.REFERRED);

        safeguarding.handOver(s.id(), c, 2, s.supervisor(), "Sam takes it over while Priya is on leave", pwp);
        assertThat(safeguarding.get(s.id(), c).ownerName()).isEqualTo("Sam Supervisor");

        safeguarding.close(s.id(), c, 3, "Social worker allocated; plan in place", s.supervisor());

        Concern closed = safeguarding.get(s.id(), c);
        assertThat(closed.status()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(summaries.forReferral(s.id(), id).openConcerns()).isZero();
        assertThat(safeguarding.history(s.id(), c)).extracting(ConcernAction::kind).containsExactly(ActionKind.RAISED,
                ActionKind.DISCUSSED, ActionKind.SAFEGUARDING_REFERRAL, ActionKind.OWNER_CHANGED, ActionKind.CLOSED);
        assertThat(safeguarding.history(s.id(), c).get(2)).satisfies(a -> {
            assertThat(a.reference()).isEqualTo("CS-12345");
            assertThat(a.recordedBy()).isEqualTo("Priya Patel");
        });
        assertThat(ledger.decisions(s.id(), id)).filteredOn(d -> d.kind() == DecisionKind.SAFEGUARDING_ACTION
                || d.kind() == DecisionKind.SAFEGUARDING_CONCERN).hasSize(5)
                .noneSatisfy(d -> assertThat(d.summary()).contains("alone overnight"));
    }

    @Test
    void aClosedConcernRefusesEveryFurtherStepAndTheDatabaseRefusesToChangeIt() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        UUID c = safeguarding.raise(s.id(), id, new NewConcern(ConcernFor.ADULT, "Herself", "Financial abuse by a "
                + "relative", TODAY, pwp), pwp);
        safeguarding.close(s.id(), c, 0, "Discussed with the safeguarding lead: below threshold, advice given", pwp);

        assertThatThrownBy(() -> safeguarding.act(s.id(), c, 1, new NewAction(ActionKind.OTHER, TODAY, "x", null, null),
                pwp)).isInstanceOf(RiskTransitionException.class);
        assertThatThrownBy(() -> safeguarding.handOver(s.id(), c, 1, s.supervisor(), null, pwp))
                .isInstanceOf(RiskTransitionException.class);
        assertThatThrownBy(() -> safeguarding.close(s.id(), c, 1, "again", pwp))
                .isInstanceOf(RiskTransitionException.class);
        assertThatThrownBy(() -> jdbc.sql("update safeguarding_concern set status = 'OPEN', closed_at = null "
                + "where service_id = ? and id = ?").params(s.id().value(), c).update())
                .hasStackTraceContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("delete from safeguarding_action where service_id = ? and concern_id = ?")
                .params(s.id().value(), c).update()).hasStackTraceContaining("append-only");
        assertThat(safeguarding.history(s.id(), c)).hasSize(2);
    }

    @Test
    void aStaleChangeIsRefusedBeforeAnyRuleAndSavesNothing() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        UUID c = safeguarding.raise(s.id(), id, new NewConcern(ConcernFor.ADULT, "Herself", "Partner controls money",
                TODAY, pwp), pwp);
        safeguarding.act(s.id(), c, 0, new NewAction(ActionKind.DISCUSSED, TODAY, "Supervision", null, null), pwp);

        assertThatThrownBy(() -> safeguarding.close(s.id(), c, 0, "Closing from an old page", s.supervisor()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(safeguarding.get(s.id(), c).status()).isEqualTo(ConcernStatus.OPEN);
        assertThat(safeguarding.history(s.id(), c)).hasSize(2);
    }

    @Test
    void onlyAClinicianCanOwnAConcernAndAReferralToTheTeamNeedsAContact() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId admin = s.member("Adam Admin", EnumSet.of(Role.ADMINISTRATOR));
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");

        assertThatThrownBy(() -> safeguarding.raise(s.id(), id, new NewConcern(ConcernFor.CHILD, "Daughter", "x",
                TODAY, admin), pwp)).isInstanceOf(DomainException.class).hasMessageContaining("choose a clinician");
        assertThatThrownBy(() -> safeguarding.raise(s.id(), id, new NewConcern(ConcernFor.CHILD, "Daughter", "x",
                TODAY.plusDays(1), pwp), pwp)).hasMessageContaining("cannot be in the future");
        UUID c = safeguarding.raise(s.id(), id, new NewConcern(ConcernFor.CHILD, "Daughter", "x", TODAY, pwp), pwp);
        assertThatThrownBy(() -> safeguarding.act(s.id(), c, 0, new NewAction(ActionKind.SAFEGUARDING_REFERRAL, TODAY,
                "Referred", null, null), pwp)).hasMessageContaining("who at the safeguarding team");
        assertThat(safeguarding.get(s.id(), c).status()).isEqualTo(ConcernStatus.OPEN);
    }
}
