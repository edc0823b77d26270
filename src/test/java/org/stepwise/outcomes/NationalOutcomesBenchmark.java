package org.stepwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.stepwise.shared.ServiceId;

/**
 * A year of outcomes for every service, against the national-scale database perf/generate.sh made (100 services,
 * about a million referrals; see docs/performance.md) and perf/serve.sh serves on port 15432. Times Stepwise's
 * outcome figures, one query per service as the dashboard runs them, against one hand-written SQL aggregate over the
 * same tables, and asserts that every figure of every service agrees with it. Not named as a test, so it runs only
 * when asked for: {@code ./mvnw -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=NationalOutcomesBenchmark} (another database: {@code -Dstepwise.bench.db=jdbc:postgresql://...}).
 */
@SpringBootTest(properties = {
        "stepwise.db.url=${stepwise.bench.db:jdbc:postgresql://127.0.0.1:15432/stepwise}",
        "stepwise.db.user=${stepwise.bench.db-user:postgres}"})
@ActiveProfiles("test")
class NationalOutcomesBenchmark {

    private static final int ROUNDS = 5;

    /**
     * The year's outcome figures for every service in one statement, written from domain-reference §2 rather than
     * from Stepwise's own SQL: the referrals ended in the year, their stored outcome flags, and the day of their first
     * attended treatment appointment (purpose 02, 03 or 05, attendance 5 or 6) on or before the day they ended,
     * taking the day of the earliest instant rather than of every appointment, as the fastest way to write it.
     */
    private static final String BY_HAND = """
            select r.service_id,
                   count(*) as ended,
                   count(t.first_day) as entered_treatment,
                   count(*) filter (where o.finished_treatment) as finished,
                   count(*) filter (where o.finished_treatment and o.paired) as paired,
                   count(*) filter (where o.finished_treatment and o.paired and o.caseness_at_start) as caseness,
                   count(*) filter (where o.finished_treatment and not (o.paired and not o.caseness_at_start))
                       as recovery_base,
                   count(*) filter (where o.finished_treatment and o.recovered) as recovered,
                   count(*) filter (where o.finished_treatment and o.reliable_improvement) as improved,
                   count(*) filter (where o.finished_treatment and o.reliable_deterioration) as deteriorated,
                   count(*) filter (where o.finished_treatment and o.no_reliable_change) as no_change,
                   count(*) filter (where o.finished_treatment and o.reliable_recovery) as reliably_recovered,
                   count(*) filter (where o.finished_treatment and t.first_day - r.received_date <= 42)
                       as within_6_weeks,
                   count(*) filter (where o.finished_treatment and t.first_day - r.received_date <= 126)
                       as within_18_weeks
              from referral r
              left join referral_outcome o on o.service_id = r.service_id and o.referral_id = r.id
              left join lateral (
                  select (min(a.starts_at) at time zone 'Europe/London')::date as first_day
                    from appointment a
                   where a.service_id = r.service_id and a.referral_id = r.id
                     and a.attendance in ('5', '6') and a.purpose in ('02', '03', '05')
                     and a.starts_at < (r.ended_date + 1)::timestamp at time zone 'Europe/London') t on true
             where r.ended_date between :from and :to
             group by r.service_id
            """;

    @Autowired OutcomeQueries outcomes;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aYearOfOutcomesForEveryServiceAgainstOneHandWrittenAggregate() {
        List<ServiceId> services = services();
        YearMonth now = YearMonth.from(LocalDate.now(clock));
        OutcomeFilter year = new OutcomeFilter(new Period(now.minusMonths(11), now), null, null);
        Map<String, Object> params = Map.of("from", year.period().firstDay(), "to", year.period().lastDay());

        Map<ServiceId, Counts> stepwise = new HashMap<>();
        Map<ServiceId, Map<String, Integer>> byHand = new HashMap<>();
        List<Long> stepwiseMicros = new ArrayList<>();
        List<Long> byHandMicros = new ArrayList<>();
        List<Long> breakdownMicros = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            stepwiseMicros.add(timed(() -> services.forEach(s -> stepwise.put(s,
                    outcomes.totals(s, Scope.wholeService(), year, Cohort.ENDED)))));
            byHandMicros.add(timed(() -> jdbc.sql(BY_HAND).params(params).query(rs -> {
                Map<String, Integer> row = new HashMap<>();
                for (String code : List.of("ended", "entered_treatment", "finished", "paired", "caseness",
                        "recovery_base", "recovered", "improved", "deteriorated", "no_change", "reliably_recovered",
                        "within_6_weeks", "within_18_weeks")) {
                    row.put(code, rs.getInt(code));
                }
                byHand.put(new ServiceId(rs.getObject("service_id", UUID.class)), row);
            })));
            breakdownMicros.add(timed(() -> services.forEach(s -> outcomes.ended(s, Scope.wholeService(), year))));
        }

        long referrals = 0;
        for (ServiceId s : services) {
            Map<String, Integer> expected = byHand.getOrDefault(s, Map.of());
            expected.forEach((code, count) -> assertThat(stepwise.get(s).byFigure().get(code)).as(s + " " + code)
                    .isEqualTo(count));
            referrals += expected.getOrDefault("ended", 0);
        }
        assertThat(referrals).isPositive();
        double ours = median(stepwiseMicros) / 1000.0;
        double theirs = median(byHandMicros) / 1000.0;
        System.out.printf("%nNATIONAL OUTCOMES: %d services, %,d referrals ended in %s to %s; every figure of every "
                + "service equals the hand-written aggregate's%n", services.size(), referrals,
                year.period().firstDay(), year.period().lastDay());
        System.out.printf("NATIONAL OUTCOMES: Stepwise, one query per service: median %.0f ms (rounds %s µs)%n",
                ours, stepwiseMicros);
        System.out.printf("NATIONAL OUTCOMES: hand-written aggregate, one statement: median %.0f ms (rounds %s µs)%n",
                theirs, byHandMicros);
        System.out.printf("NATIONAL OUTCOMES: ratio %.2f; with every breakdown (the dashboard's table): median %.0f ms"
                + "%n%n", ours / theirs, median(breakdownMicros) / 1000.0);
    }

    private List<ServiceId> services() {
        return jdbc.sql("select id from service order by name").query((rs, n) ->
                new ServiceId(rs.getObject("id", UUID.class))).list();
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
