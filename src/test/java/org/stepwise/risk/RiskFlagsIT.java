package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.caseload.CaseloadFilter;
import org.stepwise.caseload.CaseloadRow;
import org.stepwise.caseload.Caseloads;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.MeasureService;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;

@IntegrationTest
@Import(RiskCases.class)
class RiskFlagsIT {

    @Autowired Fixtures fixtures;
    @Autowired RiskCases cases;
    @Autowired RiskFlags flags;
    @Autowired MeasureService measures;
    @Autowired Caseloads caseloads;
    @Autowired RiskSummaries summaries;
    @Autowired ResponsibilityLedger ledger;
    @Autowired SettingsStore settings;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void aPhq9QuestionNineAnswerRaisesAFlagSeenEverywhereUntilAClinicianReviewsIt() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");

        measures.record(s.id(), id, null, InstrumentCode.PHQ9, phq9(2), LocalDate.now(), pwp);

        FlagView flag = flags.forReferral(s.id(), id).get(0);
        assertThat(flag.source()).isEqualTo(FlagSource.PHQ9_ITEM9);
        assertThat(flag.state(Instant.now())).isEqualTo(FlagState.AWAITING_REVIEW);
        // One working day: by the end of the next working day, which is never more than four days away.
        assertThat(flag.reviewDueBy()).isAfter(flag.raisedAt()).isBefore(flag.raisedAt().plus(Duration.ofDays(4)));
        assertThat(row(s, pwp).riskFlags()).isEqualTo(1);
        assertThat(summaries.forReferral(s.id(), id)).isEqualTo(new RiskAlerts(1, 0, 0));
        assertThat(summaries.forSupervisees(s.id(), s.supervisor()).get(pwp).openFlags()).isEqualTo(1);
        assertThat(summaries.duty(s.id()).openFlags()).isEqualTo(1);

        flags.review(s.id(), flag.id(), "Called the same day: fleeting thoughts, no plan. Safety plan agreed.", pwp);

        assertThat(row(s, pwp).riskFlags()).isZero();
        assertThat(summaries.forReferral(s.id(), id)).isEqualTo(RiskAlerts.NONE);
        assertThat(summaries.duty(s.id()).openFlags()).isZero();
        FlagView reviewed = flags.get(s.id(), flag.id());
        assertThat(reviewed.detail()).isEqualTo(flag.detail());
        assertThat(reviewed.reviewedBy()).isEqualTo("Priya Patel");
        assertThat(reviewed.state(Instant.now())).isEqualTo(FlagState.REVIEWED);
        assertThat(ledger.decisions(s.id(), id)).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.RISK_FLAG_REVIEW);
            assertThat(d.decidedBy()).isEqualTo("Priya Patel");
        });
    }

    @Test
    void aFlagIsReviewedOnceAndCannotBeChangedOrDeletedInTheDatabase() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        UUID flag = flags.raise(s.id(), id, "Mentioned a plan to drive to the coast.", pwp);

        assertThatThrownBy(() -> flags.review(s.id(), flag, " ", pwp)).hasMessageContaining("what you found");
        flags.review(s.id(), flag, "Assessed; crisis team referral made.", pwp);

        assertThatThrownBy(() -> flags.review(s.id(), flag, "Again", s.supervisor()))
                .isInstanceOf(RiskTransitionException.class).hasMessageContaining("reviewed by Priya Patel already");
        assertThatThrownBy(() -> jdbc.sql("delete from risk_flag where service_id = ? and id = ?")
                .params(s.id().value(), flag).update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update risk_flag set detail = 'nothing' where service_id = ? and id = ?")
                .params(s.id().value(), flag).update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from risk_flag_review where service_id = ? and flag_id = ?")
                .params(s.id().value(), flag).update()).hasStackTraceContaining("append-only");
        assertThat(ledger.decisions(s.id(), id)).extracting(d -> d.kind())
                .contains(DecisionKind.RISK_FLAG_RAISED, DecisionKind.RISK_FLAG_REVIEW);
    }

    @Test
    void aFlagPastItsReviewTimeIsOverdueOnTheCaseloadBannerAndSupervisorsView() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        Instant lastWeek = Instant.now().minus(Duration.ofDays(7));

        tx.executeWithoutResult(t -> flags.raiseFromQuestionnaire(s.id(), id, null, 3, pwp, lastWeek));

        assertThat(flags.forReferral(s.id(), id).get(0).state(Instant.now())).isEqualTo(FlagState.REVIEW_OVERDUE);
        assertThat(row(s, pwp).riskReviewOverdue()).isTrue();
        assertThat(summaries.forReferral(s.id(), id)).isEqualTo(new RiskAlerts(1, 1, 0));
        assertThat(summaries.forSupervisees(s.id(), s.supervisor()).get(pwp).overdueFlags()).isEqualTo(1);
        assertThat(summaries.duty(s.id()).overdueFlags()).isEqualTo(1);
    }

    @Test
    void aFlagFromAQuestionnaireCannotBeRaisedOutsideTheTransactionThatStoresIt() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");

        assertThatThrownBy(() -> flags.raiseFromQuestionnaire(s.id(), id, null, 1, pwp, Instant.now()))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        assertThat(flags.forReferral(s.id(), id)).isEmpty();
    }

    @Test
    void newFlagsUseTheServicesOwnReviewIntervalAndOldFlagsKeepTheirs() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        UUID before = flags.raise(s.id(), id, "First concern", pwp);
        Instant dueBefore = flags.get(s.id(), before).reviewDueBy();

        tx.executeWithoutResult(t -> settings.save(s.id(), new RiskSettings(5, 4, 24, 5, -1), -1, s.lead(),
                Instant.now()));
        UUID after = flags.raise(s.id(), id, "Second concern", pwp);

        assertThat(flags.get(s.id(), before).reviewDueBy()).isEqualTo(dueBefore);
        assertThat(flags.get(s.id(), after).reviewDueBy()).isAfter(dueBefore.plus(Duration.ofDays(3)));
    }

    private CaseloadRow row(TestService s, StaffId pwp) {
        return caseloads.openCases(s.id(), pwp, new CaseloadFilter(null, null, null, null, false, null), LocalDate.now())
                .items().get(0);
    }

    static Map<Integer, Integer> phq9(int item9) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int i = 1; i <= 8; i++) {
            answers.put(i, 2);
        }
        answers.put(9, item9);
        return answers;
    }
}
