package org.stepwise.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.organisation.Services;

/**
 * Loads the demo service the first time Stepwise starts on an empty database, so there is
 * something to look at straight away. Once any service exists it does nothing, so it never
 * mixes invented people into a real service.
 */
@Component
@ConditionalOnProperty(name = "stepwise.demo.enabled", havingValue = "true")
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoGenerator generator;
    private final Services services;
    private final TransactionTemplate tx;
    private final DemoPlan plan;
    private final DemoRisk risk;

    DemoLoader(DemoGenerator generator, Services services, TransactionTemplate tx, DemoRisk risk,
               @Value("${stepwise.demo.patients:300}") int patients,
               @Value("${stepwise.demo.seed:2026}") long seed,
               @Value("${stepwise.demo.services:1}") int serviceCount) {
        this.generator = generator;
        this.risk = risk;
        this.services = services;
        this.tx = tx;
        this.plan = new DemoPlan(patients, seed, serviceCount, "");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (services.anyExist()) {
            return;
        }
        try {
            // One transaction: a start that fails half way leaves no half-made demo behind.
            tx.executeWithoutResult(status -> {
                generator.generate(plan);
                services.seedCompetenciesWhereMissing();
                risk.addOpenWork(plan.usernamePrefix() + "pwp1");
            });
        } catch (DuplicateKeyException e) {
            log.info("Another instance of Stepwise loaded the demo service first");
            return;
        }
        log.info("Demo service \"{}\" loaded. Sign in as lead, allocator, mhp, admin, supervisor, supervisor2, "
                + "pwp1 to pwp5, trainee or hit1 to hit3{} with the password {}", DemoPlan.FIRST_SERVICE_NAME,
                plan.services() == 1 ? "" : " (in the other " + (plan.services() - 1)
                        + " demo services, put s2-, s3- and so on in front)", DemoGenerator.PASSWORD);
    }
}
