package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.caseload.CaseloadFilter;
import org.stepwise.caseload.Caseloads;
import org.stepwise.referral.ReferralService;
import org.stepwise.risk.RiskFlags;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

@IntegrationTest
class MeasureServiceIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired Fixtures fixtures;
    @Autowired MeasureService measures;
    @Autowired MeasureSettings settings;
    @Autowired ScoreCharts charts;
    @Autowired ReferralService referrals;
    @Autowired Caseloads caseloads;
    @Autowired StaffDirectory staff;
    @Autowired RiskFlags flags;

    @Test
    void storesEveryAnswerTheTotalAndTheDefinitionVersion() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);

        ScoringResult result = measures.record(s.id(), id, null, InstrumentCode.PHQ9, answers(9, 2, 0), TODAY.minusDays(7), pwp);
        measures.record(s.id(), id, null, InstrumentCode.PHQ9, answers(9, 1, 0), TODAY, pwp);

        assertThat(result).isInstanceOf(ScoringResult.Scored.class);
        var stored = measures.scores(s.id(), id).get(InstrumentCode.PHQ9);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).total()).isEqualByComparingTo("16");
        assertThat(stored.get(0).answers()).hasSize(9).containsEntry(9, 0);
        assertThat(stored.get(0).definitionVersion()).isEqualTo(InstrumentCatalogue.standard().get(InstrumentCode.PHQ9).version());
        assertThat(stored.get(0).atCaseness()).isTrue();
        assertThat(stored.get(1).atCaseness()).isFalse();
        ScoreChart chart = charts.forReferral(s.id(), id).get(0);
        assertThat(chart.change()).isEqualTo(ReliableChange.IMPROVED);
        assertThat(chart.json()).contains("\"caseness\":10").contains("\"reliableLow\":10").contains("\"reliableHigh\":22");
        var row = caseloads.openCases(s.id(), pwp, new CaseloadFilter(null, null, null, null, false, null), TODAY)
                .items().get(0);
        assertThat(row.phq9().latest()).isEqualByComparingTo("8");
        assertThat(row.phq9().arrow()).isEqualTo("↓");
        assertThat(row.riskFlags()).isZero();
    }

    @Test
    void questionNineAboveZeroRaisesAFlagAtOnceEvenWhenTheFormIsRefused() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);
        Map<Integer, Integer> incomplete = answers(9, 1, 2);
        incomplete.remove(3);
        incomplete.remove(4);

        ScoringResult refused = measures.record(s.id(), id, null, InstrumentCode.PHQ9, incomplete, TODAY, pwp);

        assertThat(refused).isInstanceOf(ScoringResult.Refused.class);
        assertThat(refused.riskFlagRaised()).isTrue();
        assertThat(measures.scores(s.id(), id)).isEmpty();
        assertThat(flags.forReferral(s.id(), id)).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("answered 2 of 3"));
        measures.record(s.id(), id, null, InstrumentCode.PHQ9, answers(9, 1, 2), TODAY, pwp);
        assertThat(flags.forReferral(s.id(), id)).hasSize(2);
        assertThat(caseloads.openCases(s.id(), pwp, new CaseloadFilter(null, null, null, null, false, null), TODAY)
                .items().get(0).riskFlags()).isEqualTo(2);
    }

    @Test
    void aCorrectionIsANewResponseThatReplacesTheOldOnceWithAReason() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);
        measures.record(s.id(), id, null, InstrumentCode.GAD7, answers(7, 3, 3), TODAY, pwp);
        var original = measures.scores(s.id(), id).get(InstrumentCode.GAD7).get(0);

        measures.correct(s.id(), original.id(), answers(7, 1, 1), TODAY, "Answers were read from the wrong column", pwp);

        var current = measures.scores(s.id(), id).get(InstrumentCode.GAD7);
        assertThat(current).singleElement().satisfies(c -> {
            assertThat(c.total()).isEqualByComparingTo("7");
            assertThat(c.corrects()).isEqualTo(original.id());
        });
        assertThatThrownBy(() -> measures.correct(s.id(), original.id(), answers(7, 2, 2), TODAY, "again", pwp))
                .isInstanceOf(DomainException.class).hasMessageContaining("already been corrected");
        assertThatThrownBy(() -> measures.correct(s.id(), current.get(0).id(), answers(7, 2, 2), TODAY, " ", pwp))
                .hasMessageContaining("Say why");
    }

    @Test
    void refusesDatesOutsideTheReferral() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);
        assertThatThrownBy(() -> measures.record(s.id(), id, null, InstrumentCode.PHQ9, answers(9, 1, 0),
                TODAY.plusDays(1), pwp)).hasMessageContaining("future");
        assertThatThrownBy(() -> measures.record(s.id(), id, null, InstrumentCode.PHQ9, answers(9, 1, 0),
                TODAY.minusDays(90), pwp)).hasMessageContaining("before the referral was received");
    }

    @Test
    @WithMockUser(roles = "SERVICE_LEAD")
    void aServicesOwnCutOffScoresNewResponsesAndNamesItselfInTheVersion() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);
        settings.change(s.id(), InstrumentCode.SPIN, new BigDecimal("21"), null, Map.of(1, "Service wording one"), -1, s.lead());

        measures.record(s.id(), id, null, InstrumentCode.SPIN, answers(17, 1, 1), TODAY, pwp);

        StoredScore spin = measures.scores(s.id(), id).get(InstrumentCode.SPIN).get(0);
        assertThat(spin.total()).isEqualByComparingTo("17");
        assertThat(spin.definitionVersion()).contains("service").contains("21");
        assertThat(settings.setting(s.id(), InstrumentCode.SPIN).wording()).containsEntry(1, "Service wording one");
        assertThatThrownBy(() -> settings.change(s.id(), InstrumentCode.SPIN, new BigDecimal("22"), null, Map.of(), -1,
                s.lead())).isInstanceOf(org.stepwise.shared.ConcurrentEditException.class);
    }

    private ReferralId allocated(TestService s, StaffId pwp) {
        ReferralId id = s.newReferral("Ada", "Lovelace", TODAY.minusDays(30));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        return id;
    }

    /** Every item answered {@code each}, except the last, which takes {@code last}. */
    static Map<Integer, Integer> answers(int items, int each, int last) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int i = 1; i <= items; i++) {
            answers.put(i, i == items ? last : each);
        }
        return answers;
    }
}
