package org.stepwise.demo;

import java.io.PrintStream;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.platform.OperatorCommand;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.organisation.Services;

/**
 * {@code java -jar stepwise.jar --server.port=-1 --stepwise.demo.generate} fills an empty database with the demo
 * services that STEPWISE_DEMO_PATIENTS, STEPWISE_DEMO_SERVICES and STEPWISE_DEMO_SEED describe, then exits: the
 * way to make a national-scale data set for benchmarks. Unlike the first-start demo it commits a chunk at a time,
 * so a set of tens of millions of rows never waits on one transaction, and it refreshes the planner's statistics
 * at the end so the first queries against the new data are planned on its real shape.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class GenerateCommand extends OperatorCommand {

    static final String OPTION = "stepwise.demo.generate";

    private final DemoGenerator generator;
    private final Services services;
    private final DemoRisk risk;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final DemoPlan plan;

    GenerateCommand(DemoGenerator generator, Services services, DemoRisk risk, TransactionTemplate tx, JdbcClient jdbc,
                    ApplicationContext context,
                    @Value("${stepwise.demo.patients:300}") int patients,
                    @Value("${stepwise.demo.seed:2026}") long seed,
                    @Value("${stepwise.demo.services:1}") int serviceCount) {
        super(OPTION, context);
        this.generator = generator;
        this.services = services;
        this.risk = risk;
        this.tx = tx;
        this.jdbc = jdbc;
        this.plan = new DemoPlan(patients, seed, serviceCount, "");
    }

    @Override
    protected int execute(ApplicationArguments args, PrintStream out) {
        return generate(out);
    }

    /** @return the exit code: 0 once the data is in, 1 when the database already holds a service */
    int generate(PrintStream out) {
        if (services.anyExist()) {
            out.println("Stepwise demo generator: the database already holds a service; give it an empty one");
            return 1;
        }
        out.println("Stepwise demo generator: " + plan.services() + " service(s) of " + plan.patientsPerService()
                + " patients, seed " + plan.seed());
        DemoSummary summary = generator.generate(plan);
        tx.executeWithoutResult(status -> {
            services.seedCompetenciesWhereMissing();
            risk.addOpenWork(plan.usernamePrefix() + "pwp1");
        });
        long started = System.nanoTime();
        jdbc.sql("vacuum analyze").update();
        out.println("Stepwise demo generator: " + summary.services().size() + " service(s), " + summary.patients()
                + " patients, " + summary.referrals() + " referrals, " + summary.rows() + " rows in "
                + summary.took().toSeconds() + " s (" + summary.rowsPerSecond() + " rows/s); statistics in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
        out.flush();
        return 0;
    }
}
