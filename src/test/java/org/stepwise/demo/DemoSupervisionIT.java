package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.IntegrationTest;

/** The demo's case management supervision: fortnightly sessions, and discussions only of cases held that day. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSupervisionIT {

    @Autowired DemoGenerator generator;
    @Autowired JdbcClient jdbc;

    private UUID service;

    @BeforeAll
    void generate() {
        String prefix = "sv" + Long.toHexString(System.nanoTime()) + "-";
        service = generator.generate(new DemoPlan(200, 2026, 1, prefix)).services().get(0).value();
    }

    @Test
    void everySupervisedPractitionerMeetsTheirOwnSupervisorEveryFortnight() {
        assertThat(count("""
                select count(*) from staff s where s.service_id = ? and s.supervisor_id is not null
                   and (select count(*) from supervision_session x where x.service_id = s.service_id
                         and x.supervisee_id = s.id and x.supervisor_id = s.supervisor_id) <> %d
                """.formatted(SupervisionHistory.FORTNIGHTS))).isZero();
        assertThat(count("select count(*) from supervision_session where service_id = ?")).isPositive();
        assertThat(count("""
                select count(*) from supervision_session where service_id = ?
                   and (held_on >= current_date or extract(isodow from held_on) > 5)
                """)).as("held on working days before today").isZero();
    }

    @Test
    void aCaseIsDiscussedOnlyWithWhoeverTreatedItThatDay() {
        assertThat(count("select count(*) from supervision_discussion where service_id = ?")).isPositive();
        assertThat(count("""
                select count(*) from supervision_discussion d
                  join supervision_session s on s.service_id = d.service_id and s.id = d.session_id
                 where d.service_id = ?
                   and not exists (select 1 from responsibility_period p
                                    where p.service_id = d.service_id and p.referral_id = d.referral_id
                                      and p.kind = 'TREATING' and p.staff_id = s.supervisee_id
                                      and p.started_at < s.signed_at
                                      and (p.ended_at is null or p.ended_at > s.signed_at))
                """)).isZero();
    }

    @Test
    void everyDiscussionIsOnTheLedgerInTheSupervisorsName() {
        long discussed = count("select count(*) from supervision_discussion where service_id = ? and discussed");
        assertThat(count("""
                select count(*) from decision d where d.service_id = ? and d.kind = 'SUPERVISION_DECISION'
                   and exists (select 1 from supervision_session s join supervision_discussion x
                                 on x.service_id = s.service_id and x.session_id = s.id
                                where s.service_id = d.service_id and x.referral_id = d.referral_id
                                  and s.supervisor_id = d.decided_by and s.signed_at = d.decided_at)
                """)).isEqualTo(discussed);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(service).query(Long.class).single();
    }
}
