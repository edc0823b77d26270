package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.IntegrationTest;
import org.stepwise.patient.NhsNumber;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.referral.Transition;

/** The rows of a generated demo, checked against the rules the application keeps. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoGeneratorIT {

    @Autowired DemoGenerator generator;
    @Autowired JdbcClient jdbc;

    private UUID service;

    @BeforeAll
    void generate() {
        String prefix = "it" + Long.toHexString(System.nanoTime()) + "-";
        DemoSummary summary = generator.generate(new DemoPlan(120, 2026, 1, prefix));
        service = summary.services().get(0).value();
        assertThat(summary.patients()).isEqualTo(120);
    }

    @Test
    void everyReferralStatusOccurs() {
        List<String> statuses = jdbc.sql("select distinct status from referral where service_id = ?")
                .param(service).query(String.class).list();
        assertThat(statuses).containsExactlyInAnyOrder(
                Arrays.stream(ReferralStatus.values()).map(Enum::name).toArray(String[]::new));
        assertThat(count("select count(*) from referral where service_id = ? and status = 'WAITING' and step = 2"))
                .isPositive();
        assertThat(count("select count(*) from referral where service_id = ? and status = 'WAITING' and step = 3"))
                .isPositive();
    }

    @Test
    void nhsNumbersAreValidAndNeverRepeat() {
        List<String> numbers = jdbc.sql("select nhs_number from patient where service_id = ?")
                .param(service).query(String.class).list();
        assertThat(numbers).hasSize(120).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(NhsNumber.problemWith(n)).as(n).isEmpty());
    }

    @Test
    void everyoneHasAnEthnicGroupOrIsRecordedAsNotAnsweringAndMostAreWhiteBritishAsInTheCensus() {
        assertThat(count("select count(*) from patient where service_id = ? and ethnic_category is null")).isZero();
        long whiteBritish = count("select count(*) from patient where service_id = ? and ethnic_category = 'A'");
        assertThat(whiteBritish).isBetween(60L, 105L);
        assertThat(count("select count(distinct ethnic_category) from patient where service_id = ?"))
                .isGreaterThan(5);
    }

    @Test
    void someonesPreviousReferralEndedBeforeTheirCurrentOneArrived() {
        assertThat(count("""
                select count(*) from referral earlier
                  join referral later on later.service_id = earlier.service_id and later.patient_id = earlier.patient_id
                 where earlier.service_id = ? and earlier.status in ('DISCHARGED', 'CLOSED')
                   and earlier.ended_date < later.received_date
                """)).isPositive();
        assertThat(count("""
                select count(*) from referral a
                  join referral b on b.service_id = a.service_id and b.patient_id = a.patient_id and b.id <> a.id
                 where a.service_id = ? and a.received_date <= b.received_date
                   and (a.ended_date is null or a.ended_date >= b.received_date)
                """)).isZero();
    }

    @Test
    void endingCodesSuitHowFarThePersonGot() {
        String ended = "select status, end_code from referral where service_id = ? and end_code is not null";
        for (Map<String, Object> r : rows(ended)) {
            EndingCode code = EndingCode.ofCode((String) r.get("end_code")).orElseThrow();
            if (r.get("status").equals("CLOSED")) {
                assertThat(code.category()).isNotEqualTo(EndingCode.Category.TREATED);
            } else {
                assertThat(code.category()).isEqualTo(EndingCode.Category.TREATED);
            }
        }
        assertThat(count("select count(*) from referral where service_id = ? and end_code = '46'")).isPositive();
    }

    /** NHS England's grouping: 50 alone is "not seen"; every other code says the person came to an appointment. */
    @Test
    void closedReferralsHaveTheContactsTheirEndingCodeSays() {
        String closed = """
                select r.end_code,
                       exists (select 1 from appointment a where a.service_id = r.service_id and a.referral_id = r.id
                                  and a.attendance in ('5', '6')) as seen
                  from referral r where r.service_id = ? and r.status = 'CLOSED'
                """;
        List<Map<String, Object>> rows = rows(closed);
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> r : rows) {
            EndingCode code = EndingCode.ofCode((String) r.get("end_code")).orElseThrow();
            assertThat(r.get("seen")).as("closed with %s", code.code())
                    .isEqualTo(code.category() != EndingCode.Category.NOT_SEEN);
        }
        assertThat(rows).anyMatch(r -> r.get("end_code").equals("50"))
                .anyMatch(r -> EndingCode.ofCode((String) r.get("end_code")).orElseThrow().category()
                        == EndingCode.Category.SEEN_NOT_TREATED);
        assertThat(count("""
                select count(*) from triage_decision t
                 where t.service_id = ? and t.outcome = 'CLOSE' and t.appointment_on is null and t.end_code <> '50'
                """)).isZero();
    }

    @Test
    void transitionsFollowTheReferralStateMachine() {
        List<Map<String, Object>> all = rows("""
                select t.referral_id, t.transition, t.from_status, t.to_status, r.status as final_status
                  from referral_transition t
                  join referral r on r.service_id = t.service_id and r.id = t.referral_id
                 where t.service_id = ? order by t.referral_id, t.decided_at
                """);
        assertThat(all).isNotEmpty();
        Object referral = null;
        String status = null;
        for (int i = 0; i < all.size(); i++) {
            Map<String, Object> t = all.get(i);
            if (!t.get("referral_id").equals(referral)) {
                referral = t.get("referral_id");
                assertThat(t.get("transition")).isEqualTo("RECEIVE");
                assertThat(t.get("from_status")).isNull();
                assertThat(t.get("to_status")).isEqualTo("AWAITING_TRIAGE");
            } else {
                Transition move = Transition.valueOf((String) t.get("transition"));
                ReferralStatus from = ReferralStatus.valueOf(status);
                assertThat(t.get("from_status")).isEqualTo(status);
                assertThat(move.allowedFrom(from)).as("%s from %s", move, from).isTrue();
                assertThat(t.get("to_status")).isEqualTo(move.target(from).name());
            }
            status = (String) t.get("to_status");
            boolean lastOfReferral = i == all.size() - 1 || !all.get(i + 1).get("referral_id").equals(referral);
            if (lastOfReferral) {
                assertThat(status).isEqualTo(t.get("final_status"));
            }
        }
        assertThat(count("select count(*) from referral_transition where service_id = ? and transition = 'REALLOCATE'"))
                .isPositive();
    }

    @Test
    void stepsAreStampedInOrderAndNeverInTheFuture() {
        Instant now = Instant.now();
        assertThat(count("""
                select count(*) from referral r
                 where r.service_id = ?
                   and (r.received_date > (r.created_at at time zone 'Europe/London')::date
                        or r.created_at <> (select min(decided_at) from referral_transition t
                                             where t.service_id = r.service_id and t.referral_id = r.id)
                        or r.changed_at <> (select max(decided_at) from referral_transition t
                                             where t.service_id = r.service_id and t.referral_id = r.id)
                        or r.ended_date <> (r.changed_at at time zone 'UTC')::date
                        or r.waiting_since <> (r.changed_at at time zone 'UTC')::date)
                """)).isZero();
        assertThat(count("""
                select count(*) from referral_transition a
                  join referral_transition b on b.service_id = a.service_id and b.referral_id = a.referral_id
                 where a.service_id = ? and a.id <> b.id and a.decided_at = b.decided_at
                """)).isZero();
        assertThat(count("""
                select count(*) from patient p
                 where p.service_id = ? and p.created_at > (select min(created_at) from referral r
                                                             where r.service_id = p.service_id and r.patient_id = p.id)
                """)).isZero();
        assertThat(latest("select max(decided_at) from referral_transition where service_id = ?")).isBefore(now);
        assertThat(latest("select max(decided_at) from decision where service_id = ?")).isBefore(now);
        assertThat(count("""
                select count(*) from referral r
                 where r.service_id = ? and r.received_date < current_date - 375
                   and not exists (select 1 from referral later where later.service_id = r.service_id
                                      and later.patient_id = r.patient_id and later.received_date > r.received_date)
                """)).as("current referrals arrived within about a year").isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(service).query(Long.class).single();
    }

    private Instant latest(String sql) {
        return jdbc.sql(sql).param(service).query(Timestamp.class).single().toInstant();
    }

    private List<Map<String, Object>> rows(String sql) {
        return new ArrayList<>(jdbc.sql(sql).param(service).query().listOfRows());
    }
}
