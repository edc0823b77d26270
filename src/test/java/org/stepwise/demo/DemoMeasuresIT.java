package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.IntegrationTest;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.ContactFact;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.measures.EndedReferral;
import org.stepwise.measures.InstrumentCatalogue;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.InstrumentDefinition;
import org.stepwise.measures.OutcomeClassifier;
import org.stepwise.measures.ReferralOutcome;
import org.stepwise.measures.Score;
import org.stepwise.measures.Scoring;
import org.stepwise.measures.ScoringResult;
import org.stepwise.measures.SeverityBand;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The demo's questionnaires, risk flags and stored outcomes, each recomputed with the application's own rules. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoMeasuresIT {

    private static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.standard();

    @Autowired DemoGenerator generator;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private String prefix;
    private UUID service;

    @BeforeAll
    void generate() {
        prefix = "ms" + Long.toHexString(System.nanoTime()) + "-";
        service = generator.generate(new DemoPlan(300, 2026, 1, prefix)).services().get(0).value();
    }

    @Test
    void everyStoredScoreIsWhatTheApplicationsScoringGivesForItsAnswers() {
        List<Map<String, Object>> stored = rows("""
                select q.instrument, q.definition_version, q.answers::text as answers, q.total, q.severity,
                       q.at_caseness, q.risk_item_raised, q.substituted_items::text as substituted, q.source,
                       q.completed_on = (a.starts_at at time zone 'Europe/London')::date as on_the_day,
                       q.entered_by = a.practitioner_id and a.attendance in ('5', '6')
                           and q.entered_at between a.starts_at and a.outcome_recorded_at as entered_at_the_session
                  from questionnaire_response q
                  join appointment a on a.service_id = q.service_id and a.id = q.appointment_id
                 where q.service_id = ?
                """);
        assertThat(stored).hasSizeGreaterThan(1000).allSatisfy(r -> {
            InstrumentDefinition definition = CATALOGUE.get(InstrumentCode.valueOf((String) r.get("instrument")));
            assertThat(r.get("definition_version")).isEqualTo(definition.version());
            Map<Integer, Integer> answers = json.readValue((String) r.get("answers"), new TypeReference<>() { });
            Score score = ((ScoringResult.Scored) Scoring.score(definition, answers)).score();
            assertThat((BigDecimal) r.get("total")).isEqualByComparingTo(score.total());
            assertThat(r.get("severity")).isEqualTo(score.severity().map(SeverityBand::label).orElse(null));
            assertThat(r.get("at_caseness")).isEqualTo(score.isCase());
            assertThat(r.get("risk_item_raised")).isEqualTo(score.riskFlagRaised());
            assertThat(r).containsEntry("substituted", "{}").containsEntry("source", "CLINICIAN")
                    .containsEntry("on_the_day", true).containsEntry("entered_at_the_session", true);
        });
        assertThat(count("""
                select count(*) from appointment a where a.service_id = ? and a.attendance in ('5', '6')
                   and (select count(*) from questionnaire_response q where q.service_id = a.service_id
                           and q.appointment_id = a.id and q.instrument in ('PHQ9', 'GAD7')) <> 2
                """)).as("PHQ-9 and GAD-7 at every session attended").isZero();
    }

    @Test
    void everyPhq9WithQuestionNineAboveZeroRaisedExactlyOneFlag() {
        assertThat(count("""
                select count(*) from questionnaire_response q where q.service_id = ? and q.instrument = 'PHQ9'
                   and (q.answers ->> '9')::int > 0
                   and (select count(*) from risk_flag f where f.service_id = q.service_id and f.response_id = q.id
                           and f.referral_id = q.referral_id and f.source = 'PHQ9_ITEM9'
                           and f.raised_by = q.entered_by and f.raised_at = q.entered_at
                           and f.detail = 'PHQ-9 question 9 (thoughts of being better off dead or of self-harm) '
                                          || 'answered ' || (q.answers ->> '9') || ' of 3: a risk assessment is needed')
                       <> 1
                """)).isZero();
        assertThat(count("""
                select count(*) from risk_flag f where f.service_id = ? and not exists (
                    select 1 from questionnaire_response q where q.service_id = f.service_id and q.id = f.response_id
                       and (q.answers ->> '9')::int > 0)
                """)).isZero();
        long phq9 = count("select count(*) from questionnaire_response where service_id = ? and instrument = 'PHQ9'");
        assertThat(count("select count(*) from risk_flag where service_id = ?")).isPositive().isLessThan(phq9 / 10);
        for (String practitioner : List.of("trainee", "pwp1")) {
            assertThat(jdbc.sql("""
                    select count(*) from risk_flag f
                      join referral r on r.service_id = f.service_id and r.id = f.referral_id
                      join staff s on s.service_id = r.service_id and s.id = r.practitioner_id
                     where f.service_id = ? and s.username = ? and r.status in ('ALLOCATED', 'IN_TREATMENT')
                    """).params(service, prefix + practitioner).query(Long.class).single())
                    .as("an open risk flag on %s's caseload", practitioner).isPositive();
        }
    }

    @Test
    void everyStoredOutcomeIsWhatTheClassifierGivesForTheReferralsContactsAndScores() {
        assertThat(count("""
                select count(*) from referral r where r.service_id = ?
                   and exists (select 1 from referral_outcome o where o.service_id = r.service_id and o.referral_id = r.id
                                  and o.computed_at = r.changed_at)
                   <> (r.status = 'DISCHARGED' or exists (select 1 from referral_transition t
                          where t.service_id = r.service_id and t.referral_id = r.id and t.transition = 'CLOSE'
                            and t.from_status <> 'AWAITING_TRIAGE'))
                """)).as("an outcome exactly for referrals ended from the case").isZero();
        List<Map<String, Object>> outcomes = rows("""
                select o.*, r.problem_descriptor from referral_outcome o
                  join referral r on r.service_id = o.service_id and r.id = o.referral_id where o.service_id = ?
                """);
        assertThat(outcomes).hasSizeGreaterThan(40).allSatisfy(o -> {
            UUID referral = (UUID) o.get("referral_id");
            TreatmentCourse course = TreatmentCourse.of(jdbc.sql("""
                    select (starts_at at time zone 'Europe/London')::date as day, purpose, attendance from appointment
                     where service_id = ? and referral_id = ?
                    """).params(service, referral).query((rs, n) -> new ContactFact(rs.getDate("day").toLocalDate(),
                    AppointmentPurpose.ofCode(rs.getString("purpose")).orElseThrow(),
                    Attendance.ofCode(rs.getString("attendance")).orElse(null))).list());
            Map<InstrumentCode, List<BigDecimal>> totals = totals(referral);
            Map<InstrumentCode, List<BigDecimal>> anxiety = new EnumMap<>(totals);
            anxiety.remove(InstrumentCode.PHQ9);
            List<BigDecimal> phq9 = totals.getOrDefault(InstrumentCode.PHQ9, List.of());
            ReferralOutcome expected = OutcomeClassifier.standard().classify(new EndedReferral(course.treatmentCount(),
                    phq9, anxiety, (String) o.get("problem_descriptor")));
            List<BigDecimal> anx = anxiety.getOrDefault(expected.anxiety().measure(), List.of());
            assertThat(o).containsEntry("finished_treatment", expected.finishedCourse())
                    .containsEntry("treatment_sessions", course.treatmentCount())
                    .containsEntry("anxiety_measure", expected.anxiety().measure().name())
                    .containsEntry("adsm_used", expected.anxiety().usesAdsm())
                    .containsEntry("paired", expected.pairedScores())
                    .containsEntry("caseness_at_start", expected.casenessAtStart())
                    .containsEntry("recovered", expected.recovery())
                    .containsEntry("reliable_improvement", expected.reliableImprovement())
                    .containsEntry("reliable_deterioration", expected.reliableDeterioration())
                    .containsEntry("no_reliable_change", expected.noReliableChange())
                    .containsEntry("reliable_recovery", expected.reliableRecovery());
            assertEnds(o, "phq9", phq9);
            assertEnds(o, "anxiety", anx);
        });
    }

    @Test
    void recoveryAndMissedAppointmentsAreNearNationalFigures() {
        long finishedAtCaseness = count("""
                select count(*) from referral_outcome where service_id = ?
                   and finished_treatment and paired and caseness_at_start
                """);
        long recovered = count("""
                select count(*) from referral_outcome where service_id = ?
                   and finished_treatment and paired and caseness_at_start and recovered
                """);
        assertThat(finishedAtCaseness).isGreaterThan(30);
        assertThat((double) recovered / finishedAtCaseness).isBetween(0.4, 0.6);
        double missed = (double) count("select count(*) from appointment where service_id = ? and attendance = '3'")
                / count("select count(*) from appointment where service_id = ? and attendance is not null");
        assertThat(missed).isBetween(0.05, 0.2);
        assertThat(count("select count(*) from referral_outcome where service_id = ? and reliable_deterioration"))
                .isPositive();
        assertThat(count("""
                select count(*) from referral_outcome where service_id = ? and finished_treatment and paired
                   and not caseness_at_start
                """)).isPositive();
        assertThat(count("select count(*) from referral_outcome where service_id = ? and adsm_used")).isPositive();
        assertThat(count("""
                select count(*) from referral r where r.service_id = ?
                   and r.problem_descriptor in ('F40.0', 'F40.1', 'F41.0', 'F42', 'F43.1', 'F45.2')
                   and (select count(distinct q.appointment_id) from questionnaire_response q
                         where q.service_id = r.service_id and q.referral_id = r.id) >= 2
                   and (select count(distinct q.instrument) from questionnaire_response q
                         where q.service_id = r.service_id and q.referral_id = r.id
                           and q.instrument not in ('PHQ9', 'GAD7', 'WSAS')) = 0
                """)).as("a disorder-specific measure missed, so GAD-7 stands in").isPositive();
        assertThat(count("""
                select count(*) from referral r where r.service_id = ? and r.status = 'IN_TREATMENT'
                   and (select count(*) from appointment a where a.service_id = r.service_id and a.referral_id = r.id
                           and a.attendance = '3') >= 2
                """)).as("someone for the caseload's DNA prompt").isPositive();
    }

    private void assertEnds(Map<String, Object> o, String column, List<BigDecimal> totals) {
        BigDecimal first = (BigDecimal) o.get(column + "_first");
        BigDecimal last = (BigDecimal) o.get(column + "_last");
        if (totals.isEmpty()) {
            assertThat(first).isNull();
            assertThat(last).isNull();
        } else {
            assertThat(first).isEqualByComparingTo(totals.get(0));
            assertThat(last).isEqualByComparingTo(totals.get(totals.size() - 1));
        }
    }

    /** Totals per measure in the order MeasureService reads them. */
    private Map<InstrumentCode, List<BigDecimal>> totals(UUID referral) {
        return jdbc.sql("""
                select instrument, total from questionnaire_response where service_id = ? and referral_id = ?
                 order by instrument, completed_on, entered_at
                """).params(service, referral).query().listOfRows().stream()
                .collect(Collectors.groupingBy(r -> InstrumentCode.valueOf((String) r.get("instrument")),
                        () -> new EnumMap<>(InstrumentCode.class),
                        Collectors.mapping(r -> (BigDecimal) r.get("total"), Collectors.toList())));
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(service).query(Long.class).single();
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.sql(sql).param(service).query().listOfRows();
    }
}
