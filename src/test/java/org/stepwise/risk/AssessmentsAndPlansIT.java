package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
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
class AssessmentsAndPlansIT {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired Fixtures fixtures;
    @Autowired RiskCases cases;
    @Autowired RiskAssessments assessments;
    @Autowired SafetyPlans plans;
    @Autowired ResponsibilityLedger ledger;
    @Autowired JdbcClient jdbc;

    @Test
    void anAssessmentKeepsEveryAnswerInWordsAndACorrectionIsANewVersionThatSaysWhy() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");

        UUID first = assessments.record(s.id(), id, assessment(TODAY, "Passive thoughts"), pwp);
        UUID second = assessments.correct(s.id(), first, assessment(TODAY, "Passive thoughts, daily"),
                "Frequency was left out", pwp);

        var all = assessments.forReferral(s.id(), id);
        assertThat(all).extracting(Assessment::id).containsExactly(second, first);
        assertThat(all.get(0).corrects()).isEqualTo(first);
        assertThat(all.get(0).correctionReason()).isEqualTo("Frequency was left out");
        assertThat(all.get(0).finding(RiskArea.THOUGHTS).detail()).isEqualTo("Passive thoughts, daily");
        assertThat(all.get(0).finding(RiskArea.PLANS).answer()).isEqualTo(RiskArea.Answer.NO);
        assertThat(all.get(0).findings()).hasSize(RiskArea.values().length);
        assertThat(all.get(1).correctedLater()).isTrue();
        assertThat(all.get(1).finding(RiskArea.THOUGHTS).detail()).isEqualTo("Passive thoughts");
        assertThatThrownBy(() -> assessments.correct(s.id(), first, assessment(TODAY, "x"), "again", pwp))
                .hasMessageContaining("already been corrected");
        assertThatThrownBy(() -> assessments.correct(s.id(), second, assessment(TODAY, "x"), " ", pwp))
                .hasMessageContaining("Say why");
        assertThatThrownBy(() -> assessments.record(s.id(), id, assessment(TODAY.plusDays(1), "x"), pwp))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> jdbc.sql("update risk_assessment set formulation = 'x' where service_id = ? and id = ?")
                .params(s.id().value(), first).update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from risk_assessment_finding where service_id = ? and assessment_id = ?")
                .params(s.id().value(), first).update()).hasStackTraceContaining("append-only");
        assertThat(ledger.decisions(s.id(), id)).filteredOn(d -> d.kind() == DecisionKind.RISK_ASSESSMENT).hasSize(2)
                .noneSatisfy(d -> assertThat(d.summary()).contains("Passive"));
    }

    @Test
    void eachChangeToASafetyPlanIsANewVersionMadeFromTheLatest() {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");

        assertThat(plans.save(s.id(), id, 0, plan("Crisis line 0800 000 0000"), null, pwp)).isEqualTo(1);
        assertThatThrownBy(() -> plans.save(s.id(), id, 1, plan("Also her sister"), " ", pwp))
                .hasMessageContaining("what has changed");
        assertThat(plans.save(s.id(), id, 1, plan("Crisis line, and her sister"), "Sister agreed to help", pwp))
                .isEqualTo(2);
        assertThatThrownBy(() -> plans.save(s.id(), id, 1, plan("From an old page"), "x", s.supervisor()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> plans.save(s.id(), id, 2, new NewSafetyPlan("a", "b", null, null, "c", null, null,
                TODAY.minusDays(1), true), "x", pwp)).hasMessageContaining("today or later");

        var versions = plans.forReferral(s.id(), id);
        assertThat(versions).extracting(SafetyPlan::versionNo).containsExactly(2, 1);
        assertThat(versions.get(0).crisisContacts()).isEqualTo("Crisis line, and her sister");
        assertThat(versions.get(0).changeReason()).isEqualTo("Sister agreed to help");
        assertThat(versions.get(1).crisisContacts()).isEqualTo("Crisis line 0800 000 0000");
        assertThatThrownBy(() -> jdbc.sql("delete from safety_plan where service_id = ? and referral_id = ?")
                .params(s.id().value(), id.value()).update()).hasStackTraceContaining("append-only");
        assertThat(ledger.decisions(s.id(), id)).filteredOn(d -> d.kind() == DecisionKind.SAFETY_PLAN).hasSize(2);
    }

    static NewAssessment assessment(LocalDate on, String thoughts) {
        Map<RiskArea, Assessment.Finding> findings = new EnumMap<>(RiskArea.class);
        for (RiskArea area : RiskArea.values()) {
            findings.put(area, new Assessment.Finding(RiskArea.Answer.NO, null));
        }
        findings.put(RiskArea.THOUGHTS, new Assessment.Finding(RiskArea.Answer.YES, thoughts));
        return new NewAssessment(on, findings, "Her children; her faith", "Thoughts rise when alone at night",
                "Safe to continue at step 2 with a safety plan", "Weekly calls; review in supervision");
    }

    static NewSafetyPlan plan(String crisis) {
        return new NewSafetyPlan("Not sleeping; staying in bed", "Walk the dog; music", null, "Sister", crisis, null,
                "Her children", TODAY.plusWeeks(4), true);
    }
}
