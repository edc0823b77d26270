package org.stepwise.outcomes;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.IntegrationTest;
import org.stepwise.demo.DemoGenerator;
import org.stepwise.demo.DemoPlan;
import org.stepwise.shared.ServiceId;

/**
 * How long each outcomes query takes on a large demo service. Prints medians and the query plan of the outcome
 * table, and asserts nothing; it is not named as a test, so it runs only when asked for:
 * {@code ./mvnw -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OutcomesQueryBenchmark}
 * (set {@code -Dstepwise.bench.patients=} to change the size, 20,000 by default).
 */
@IntegrationTest
class OutcomesQueryBenchmark {

    private static final int RUNS = 15;

    @Autowired DemoGenerator generator;
    @Autowired OutcomeQueries queries;
    @Autowired FlowQueries flows;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void timeTheDashboardQueries() {
        int patients = Integer.getInteger("stepwise.bench.patients", 20_000);
        long started = System.nanoTime();
        ServiceId service = generator.generate(new DemoPlan(patients, 7, 1, "bench" + Long.toHexString(System
                .nanoTime()) + "-")).services().get(0);
        System.out.printf("demo service of %,d patients generated in %s%n", patients,
                Duration.ofNanos(System.nanoTime() - started));
        jdbc.sql("analyze").update();
        YearMonth now = YearMonth.from(LocalDate.now(clock));
        OutcomeFilter year = new OutcomeFilter(new Period(now.minusMonths(11), now), null, null);
        OutcomeFilter threeYears = new OutcomeFilter(new Period(now.minusMonths(35), now), null, null);
        System.out.printf("referrals %,d, appointments %,d, ended in the last 12 months %,d%n",
                count("select count(*) from referral where service_id = ?", service),
                count("select count(*) from appointment where service_id = ?", service),
                queries.ended(service, Scope.wholeService(), year).total().of(Figures.ENDED));
        CohortSql ended = CohortSql.of(Cohort.ENDED, service, Scope.wholeService(), year, LocalDate.now(clock),
                clock.getZone());
        System.out.println("Plan of the outcome table's query (12 months):");
        jdbc.sql("explain (analyze, costs off, timing off, summary on) " + OutcomeQueries.endedQuery(ended))
                .params(ended.params()).query(String.class).list().forEach(line -> System.out.println("  " + line));
        CohortSql received = CohortSql.of(Cohort.RECEIVED, service, Scope.wholeService(), year, LocalDate.now(clock),
                clock.getZone());
        CohortSql entered = CohortSql.of(Cohort.ENTERED_TREATMENT, service, Scope.wholeService(), year,
                LocalDate.now(clock), clock.getZone());
        System.out.println("Plan of the received and entering treatment query (12 months):");
        jdbc.sql("explain (analyze, costs off, timing off, summary on) " + FlowQueries.flowQuery(received, entered))
                .params(received.params()).query(String.class).list().forEach(line -> System.out.println("  " + line));
        time("outcome table, every breakdown, 12 months", () -> queries.ended(service, Scope.wholeService(), year));
        time("outcome table, every breakdown, 36 months",
                () -> queries.ended(service, Scope.wholeService(), threeYears));
        time("second-treatment waits, 12 months",
                () -> queries.totals(service, Scope.wholeService(), year, Cohort.SECOND_TREATMENT));
        time("open referrals waiting and without contact",
                () -> queries.totals(service, Scope.wholeService(), year, Cohort.OPEN));
        time("missed appointments by month, 12 months", () -> queries.dnaByMonth(service, Scope.wholeService(), year));
        time("received and entering treatment by month, 12 months",
                () -> flows.flow(service, Scope.wholeService(), year));
        time("received and entering treatment by month, 36 months",
                () -> flows.flow(service, Scope.wholeService(), threeYears));
        time("first page of a drill-down (entered treatment, 12 months)", () -> queries.referralsBehind(service,
                Scope.wholeService(), year, Figures.ENTERING_TREATMENT, null, null, null));
        time("first page of a drill-down (recovered, 12 months)", () -> queries.referralsBehind(service,
                Scope.wholeService(), year, Figures.RECOVERED, null, null, null));
        time("first page of a drill-down (waiting for treatment)", () -> queries.referralsBehind(service,
                Scope.wholeService(), year, Figures.AWAITING_TREATMENT, null, null, null));
    }

    private void time(String what, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf("%-55s median %6.1f ms, slowest %6.1f ms%n", what, micros.get(RUNS / 2) / 1000.0,
                micros.get(RUNS - 1) / 1000.0);
    }

    private long count(String sql, ServiceId service) {
        return jdbc.sql(sql).param(service.value()).query(Long.class).single();
    }
}
