package org.stepwise.perf;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.Simulation;

/**
 * Open model: pages arrive at a constant rate (340 a second by default) whatever the server's speed, for two
 * minutes, spread over the signed-in practitioners, supervisors and allocators of every service. Targets: 95 % of
 * pages within 50 ms, 99 % within 200 ms, none failing.
 */
public class ConstantLoadSimulation extends Simulation {

    private final Settings settings = Settings.fromSystem();

    {
        setUp(Journeys.signIn(settings)
                .injectOpen(atOnceUsers(settings.signIns()))
                .andThen(Journeys.pages("pages at a constant rate", settings)
                        .injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration()))))
                .protocols(Journeys.protocol(settings))
                .assertions(
                        details(Journeys.PAGE).responseTime().percentile(95.0).lt(50),
                        details(Journeys.PAGE).responseTime().percentile(99.0).lt(200),
                        global().failedRequests().count().is(0L));
    }
}
