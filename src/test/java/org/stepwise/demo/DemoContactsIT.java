package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.IntegrationTest;
import org.stepwise.contact.Intervention;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.referral.Transition;

/** The demo's appointments and notes, checked against the contact rules and against each referral's journey. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoContactsIT {

    private static final String TREATMENT = "a.purpose in ('02', '03', '05')";
    private static final String SEEN = "a.attendance in ('5', '6')";

    @Autowired DemoGenerator generator;
    @Autowired JdbcClient jdbc;

    private UUID service;

    @BeforeAll
    void generate() {
        String prefix = "ct" + Long.toHexString(System.nanoTime()) + "-";
        service = generator.generate(new DemoPlan(300, 2026, 1, prefix)).services().get(0).value();
    }

    @Test
    void everyAppointmentKeepsTheRulesOfWhatHappenedAtIt() {
        assertThat(count("select count(*) from appointment a where a.service_id = ?")).isGreaterThan(500);
        assertThat(count("""
                select count(*) from appointment a where a.service_id = ?
                   and (a.purpose not in ('01', '02', '03', '05')
                        or (a.cancellation_reason is not null) <> coalesce(a.attendance in ('2', '4'), false)
                        or (a.intervention is not null) <> coalesce(a.attendance in ('5', '6') and %s, false)
                        or (a.outcome_recorded_by is null) <> (a.attendance is null)
                        or a.version <> (case when a.attendance is null then 0 else 1 end)
                        or a.changed_at is distinct from a.outcome_recorded_at
                        or a.created_at >= a.starts_at
                        or a.outcome_recorded_at <= a.created_at
                        or (a.attendance in ('3', '5', '6', '7') and a.outcome_recorded_at <= a.starts_at)
                        or (a.attendance in ('2', '4') and a.outcome_recorded_at >= a.starts_at)
                        or (a.attendance in ('5', '6') and a.outcome_recorded_at
                                < a.starts_at + make_interval(mins => a.attended_minutes)))
                """.formatted(TREATMENT))).isZero();
        List<Map<String, Object>> therapies = jdbc.sql("""
                select a.intervention, s.roles::text as roles from appointment a
                  join staff s on s.service_id = a.service_id and s.id = a.practitioner_id
                 where a.service_id = ? and a.intervention is not null
                """).param(service).query().listOfRows();
        assertThat(therapies).isNotEmpty().allSatisfy(t -> {
            Intervention therapy = Intervention.ofSnomed((String) t.get("intervention")).orElseThrow();
            boolean pwp = ((String) t.get("roles")).contains("PWP");
            assertThat(therapy.intensity()).isEqualTo(pwp ? Intervention.Intensity.LOW : Intervention.Intensity.HIGH);
        });
        assertThat(count("""
                select count(*) from appointment a where a.service_id = ? and a.rebooked_from is not null
                   and not exists (select 1 from appointment old where old.service_id = a.service_id
                                      and old.id = a.rebooked_from and old.referral_id = a.referral_id
                                      and old.attendance in ('2', '4') and old.outcome_recorded_at = a.created_at
                                      and old.outcome_recorded_by = a.created_by)
                """)).isZero();
        assertThat(count("select count(*) from appointment a where a.service_id = ? and a.rebooked_from is not null"))
                .isPositive();
    }

    @Test
    void appointmentsLieWithinTheirReferralAndOnlyOpenOnesHaveSessionsToCome() {
        assertThat(count("""
                select count(*) from appointment a
                  join referral r on r.service_id = a.service_id and r.id = a.referral_id
                 where a.service_id = ?
                   and ((a.starts_at at time zone 'Europe/London')::date < r.received_date
                        or (a.attendance is not null and a.outcome_recorded_at > now())
                        or a.outcome_recorded_at >= r.changed_at and r.status in ('DISCHARGED', 'CLOSED')
                        or (a.attendance is null and (r.status not in ('ALLOCATED', 'IN_TREATMENT')
                                or a.starts_at <= now() or a.starts_at > now() + interval '21 days')))
                """)).isZero();
        assertThat(count("""
                select count(*) from referral r where r.service_id = ? and r.status = 'IN_TREATMENT'
                   and exists (select 1 from appointment a where a.service_id = r.service_id
                                  and a.referral_id = r.id and a.attendance is null
                                  and a.starts_at < now() + interval '8 days')
                """)).as("most people in treatment have their next session booked in the coming week")
                .isGreaterThan(count("""
                        select count(*) / 2 from referral where service_id = ? and status = 'IN_TREATMENT'
                        """));
    }

    @Test
    void attendedTreatmentSessionsExistExactlyWhereTreatmentStartedAndEachStartIsOneOfThem() {
        assertThat(count("""
                select count(*) from referral r where r.service_id = ?
                   and exists (select 1 from appointment a where a.service_id = r.service_id and a.referral_id = r.id
                                  and %s and %s)
                   <> exists (select 1 from referral_transition t where t.service_id = r.service_id
                                 and t.referral_id = r.id and t.transition = 'START_TREATMENT')
                """.formatted(SEEN, TREATMENT))).isZero();
        assertThat(jdbc.sql("""
                with starts as (
                    select t.referral_id, t.decided_at, t.decided_by,
                           coalesce((select max(p.decided_at) from referral_transition p
                                      where p.service_id = t.service_id and p.referral_id = t.referral_id
                                        and p.transition in ('STEP_TO_PRACTITIONER', 'STEP_TO_WAITING_LIST')
                                        and p.decided_at < t.decided_at), '-infinity'::timestamptz) as step_began
                      from referral_transition t where t.service_id = ? and t.transition = 'START_TREATMENT'),
                sessions as (
                    select a.referral_id, a.starts_at, a.outcome_recorded_at, a.outcome_recorded_by from appointment a
                     where a.service_id = ? and %s and %s)
                select count(*) from starts s
                 where not exists (select 1 from sessions a where a.referral_id = s.referral_id
                                      and a.outcome_recorded_at = s.decided_at and a.outcome_recorded_by = s.decided_by
                                      and not exists (select 1 from sessions e where e.referral_id = a.referral_id
                                                         and e.starts_at < a.starts_at and e.starts_at > s.step_began))
                """.formatted(SEEN, TREATMENT)).params(service, service).query(Long.class).single())
                .as("each start is the first treatment session at its step").isZero();
    }

    @Test
    void howFarEachReferralGotMatchesItsStatusAndEndingCode() {
        assertThat(count("""
                select count(*) from referral r where r.service_id = ?
                   and (   (r.status in ('AWAITING_TRIAGE', 'WAITING') and not exists (select 1 from referral_transition t
                                where t.service_id = r.service_id and t.referral_id = r.id
                                  and t.transition = 'STEP_TO_WAITING_LIST')
                            and exists (select 1 from appointment a where a.service_id = r.service_id
                                           and a.referral_id = r.id))
                        or (r.status = 'ALLOCATED' and not exists (select 1 from referral_transition t
                                where t.service_id = r.service_id and t.referral_id = r.id
                                  and t.transition = 'STEP_TO_PRACTITIONER')
                            and exists (select 1 from appointment a where a.service_id = r.service_id
                                           and a.referral_id = r.id and a.purpose <> '01'))
                        or (r.end_code = '50' and exists (select 1 from appointment a
                                where a.service_id = r.service_id and a.referral_id = r.id and %s))
                        or (r.end_code in ('10', '11', '12', '13', '14', '16', '17', '95') and not exists (select 1 from appointment a
                                where a.service_id = r.service_id and a.referral_id = r.id and %s and a.purpose = '01'))
                        or (r.status = 'DISCHARGED' and r.end_code not in ('46', '47', '48', '49', '96')))
                """.formatted(SEEN, SEEN))).isZero();
        assertThat(count("select count(*) from referral r where r.service_id = ? and r.end_code in ('12', '16', '95')"))
                .isPositive();
    }

    @Test
    void aSignedNoteExistsExactlyForEverySessionAttended() {
        assertThat(count("""
                select count(*) from appointment a
                  left join session_note n on n.service_id = a.service_id and n.appointment_id = a.id
                 where a.service_id = ?
                   and ((n.id is not null) <> coalesce(%s, false)
                        or n.author_id <> a.outcome_recorded_by or n.signed_at <> a.outcome_recorded_at
                        or n.referral_id <> a.referral_id or length(n.body) < 120)
                """.formatted(SEEN))).isZero();
        assertThat(count("select count(distinct body) from session_note where service_id = ?"))
                .isGreaterThan(count("select count(*) * 9 / 10 from session_note where service_id = ?"));
    }

    @Test
    void aSteppedUpReferralHadFourStepTwoSessionsFirstAndMovedOnlyAsTheStateMachineAllows() {
        List<Map<String, Object>> stepped = jdbc.sql("""
                select t.referral_id, t.decided_at, d.summary,
                       (select count(*) from appointment a where a.service_id = t.service_id
                           and a.referral_id = t.referral_id and a.starts_at < t.decided_at
                           and a.attendance in ('5', '6') and a.purpose in ('02', '03', '05')) as step_two_sessions,
                       (select q.total from questionnaire_response q where q.service_id = t.service_id
                           and q.referral_id = t.referral_id and q.instrument = 'PHQ9'
                         order by q.entered_at limit 1)
                       - (select q.total from questionnaire_response q where q.service_id = t.service_id
                           and q.referral_id = t.referral_id and q.instrument = 'PHQ9' and q.entered_at < t.decided_at
                         order by q.entered_at desc limit 1) as phq9_drop
                  from referral_transition t
                  join decision d on d.service_id = t.service_id and d.referral_id = t.referral_id
                                 and d.decided_at = t.decided_at and d.kind = 'STEP_CHANGE'
                 where t.service_id = ? and t.transition in ('STEP_TO_PRACTITIONER', 'STEP_TO_WAITING_LIST')
                """).param(service).query().listOfRows();
        assertThat(stepped).isNotEmpty().allSatisfy(s -> {
            assertThat((String) s.get("summary")).startsWith("Stepped up from step 2 to step 3, ");
            assertThat((Long) s.get("step_two_sessions")).isGreaterThanOrEqualTo(4);
            assertThat((BigDecimal) s.get("phq9_drop")).as("no reliable improvement on PHQ-9 at step 2")
                    .isLessThan(BigDecimal.valueOf(6));
            List<Map<String, Object>> moves = jdbc.sql("""
                    select transition, from_status, to_status from referral_transition
                     where service_id = ? and referral_id = ? order by decided_at
                    """).params(service, s.get("referral_id")).query().listOfRows();
            ReferralStatus status = ReferralStatus.AWAITING_TRIAGE;
            for (Map<String, Object> m : moves.subList(1, moves.size())) {
                Transition move = Transition.valueOf((String) m.get("transition"));
                assertThat(move.allowedFrom(status)).as("%s from %s", move, status).isTrue();
                assertThat(m).containsEntry("from_status", status.name())
                        .containsEntry("to_status", move.target(status).name());
                status = move.target(status);
            }
        });
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(service).query(Long.class).single();
    }
}
