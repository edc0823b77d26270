package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.IntegrationTest;

/** Who holds responsibility for each demo referral, checked against the ledger's rules. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoResponsibilityIT {

    /** Each referral's open periods, one column per kind, with who ought to hold them. */
    private static final String OPEN_PERIODS = """
            select r.id, r.status, r.practitioner_id, s.trainee, s.supervisor_id, p.gp_practice_id,
                   (select count(*) from responsibility_period x where x.service_id = r.service_id
                       and x.referral_id = r.id and x.ended_at is null and x.kind = 'CLINICAL') as clinical_open,
                   (select count(*) from responsibility_period x where x.service_id = r.service_id
                       and x.referral_id = r.id and x.ended_at is null and x.kind = 'TREATING') as treating_open,
                   (select count(*) from responsibility_period x where x.service_id = r.service_id
                       and x.referral_id = r.id and x.ended_at is null and x.kind = 'MEDICAL') as medical_open,
                   (select x.staff_id from responsibility_period x where x.service_id = r.service_id
                       and x.referral_id = r.id and x.ended_at is null and x.kind = 'CLINICAL') as clinical,
                   (select x.staff_id from responsibility_period x where x.service_id = r.service_id
                       and x.referral_id = r.id and x.ended_at is null and x.kind = 'TREATING') as treating,
                   (select x.gp_practice_id from responsibility_period x where x.service_id = r.service_id
                       and x.referral_id = r.id and x.ended_at is null and x.kind = 'MEDICAL') as medical,
                   v.unallocated_responsible_id
              from referral r
              join patient p on p.service_id = r.service_id and p.id = r.patient_id
              join service v on v.id = r.service_id
              left join staff s on s.service_id = r.service_id and s.id = r.practitioner_id
             where r.service_id = ? and r.status in (%s)
            """;

    @Autowired DemoGenerator generator;
    @Autowired JdbcClient jdbc;

    private UUID service;

    @BeforeAll
    void generate() {
        String prefix = "rt" + Long.toHexString(System.nanoTime()) + "-";
        service = generator.generate(new DemoPlan(120, 77, 1, prefix)).services().get(0).value();
    }

    @Test
    void anAllocatedCaseHasOneClinicalOneTreatingAndOneMedicalHolder() {
        List<Map<String, Object>> cases = open("'ALLOCATED', 'IN_TREATMENT'");
        assertThat(cases).hasSizeGreaterThan(30).allSatisfy(c -> {
            assertThat(c.get("clinical_open")).isEqualTo(1L);
            assertThat(c.get("treating_open")).isEqualTo(1L);
            assertThat(c.get("medical_open")).isEqualTo(1L);
            assertThat(c.get("treating")).isEqualTo(c.get("practitioner_id"));
            assertThat(c.get("medical")).isEqualTo(c.get("gp_practice_id"));
            Object clinical = Boolean.TRUE.equals(c.get("trainee")) ? c.get("supervisor_id") : c.get("practitioner_id");
            assertThat(c.get("clinical")).isEqualTo(clinical);
        });
    }

    @Test
    void aTraineesSupervisorHoldsClinicalResponsibilityForTheTraineesCases() {
        List<Map<String, Object>> traineeCases = open("'ALLOCATED', 'IN_TREATMENT'").stream()
                .filter(c -> Boolean.TRUE.equals(c.get("trainee"))).toList();
        assertThat(traineeCases).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("clinical")).isEqualTo(c.get("supervisor_id")).isNotEqualTo(c.get("practitioner_id"));
            assertThat(c.get("treating")).isEqualTo(c.get("practitioner_id"));
        });
    }

    @Test
    void anUnallocatedReferralIsHeldByTheServicesNamedClinicianWithNobodyTreating() {
        assertThat(open("'AWAITING_TRIAGE', 'WAITING'")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("clinical_open")).isEqualTo(1L);
            assertThat(c.get("clinical")).isEqualTo(c.get("unallocated_responsible_id"));
            assertThat(c.get("treating_open")).isEqualTo(0L);
            assertThat(c.get("medical_open")).isEqualTo(1L);
            assertThat(c.get("medical")).isEqualTo(c.get("gp_practice_id"));
        });
    }

    @Test
    void anEndedReferralLeavesNoResponsibilityOpenAndEndsItAllAtTheEnd() {
        assertThat(open("'DISCHARGED', 'CLOSED'")).hasSizeGreaterThan(10).allSatisfy(c -> {
            assertThat(c.get("clinical_open")).isEqualTo(0L);
            assertThat(c.get("treating_open")).isEqualTo(0L);
            assertThat(c.get("medical_open")).isEqualTo(0L);
        });
        assertThat(count("""
                select count(*) from responsibility_period x
                  join referral r on r.service_id = x.service_id and r.id = x.referral_id
                 where x.service_id = ? and r.status in ('DISCHARGED', 'CLOSED')
                   and x.ended_at > (select max(decided_at) from referral_transition t
                                      where t.service_id = r.service_id and t.referral_id = r.id)
                """)).isZero();
    }

    @Test
    void periodsOfOneKindFollowEachOtherWithoutGapsOrOverlaps() {
        assertThat(count("""
                select count(*) from responsibility_period a
                 where a.service_id = ? and a.ended_at is not null and a.kind <> 'MEDICAL'
                   and not exists (select 1 from responsibility_period b
                                    where b.service_id = a.service_id and b.referral_id = a.referral_id
                                      and b.kind = a.kind and b.started_at = a.ended_at)
                   and a.ended_at <> (select max(decided_at) from referral_transition t
                                       where t.service_id = a.service_id and t.referral_id = a.referral_id)
                """)).as("a period that ended without a successor or the referral ending").isZero();
        assertThat(count("""
                select count(*) from (select referral_id from responsibility_period
                                       where service_id = ? and kind = 'CLINICAL'
                                       group by referral_id having count(*) >= 3) moved
                """)).as("re-allocated referrals: unallocated, first and second holder").isPositive();
    }

    @Test
    void everyDecisionIsAttributedAndEveryTriageMatchesItsTransition() {
        assertThat(count("""
                select count(*) from referral r where r.service_id = ?
                   and not exists (select 1 from decision d where d.service_id = r.service_id
                                      and d.referral_id = r.id and d.kind = 'REFERRAL_ACCEPTED')
                """)).isZero();
        assertThat(count("""
                select count(*) from triage_decision td where td.service_id = ?
                   and not exists (select 1 from referral_transition t
                                    where t.service_id = td.service_id and t.referral_id = td.referral_id
                                      and t.decided_at = td.decided_at and t.decided_by = td.decided_by
                                      and t.from_status = 'AWAITING_TRIAGE')
                """)).isZero();
        assertThat(count("""
                select count(*) from referral_transition t where t.service_id = ?
                   and t.from_status = 'AWAITING_TRIAGE'
                   and not exists (select 1 from triage_decision td where td.service_id = t.service_id
                                      and td.referral_id = t.referral_id and td.decided_at = t.decided_at)
                """)).isZero();
    }

    private List<Map<String, Object>> open(String statuses) {
        return jdbc.sql(OPEN_PERIODS.formatted(statuses)).param(service).query().listOfRows();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(service).query(Long.class).single();
    }
}
