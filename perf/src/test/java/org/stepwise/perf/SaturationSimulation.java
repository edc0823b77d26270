package org.stepwise.perf;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.gatling.javaapi.core.Simulation;

/**
 * Closed model: 50 people (by default) each opening page after page with no pause, for two minutes; the throughput
 * it reaches is the most this server sustains with that mix. Target: at least 500 pages a second, none failing.
 */
public class SaturationSimulation extends Simulation {

    private final Settings settings = Settings.fromSystem();

    {
        int people = settings.people();
        setUp(Journeys.signIn(settings)
                .injectOpen(rampUsers(people).during(Math.max(1, people / settings.signInsPerSecond())))
                .andThen(Journeys.pages("pages without pause")
                        .injectClosed(constantConcurrentUsers(settings.users()).during(settings.duration()))))
                .protocols(Journeys.protocol(settings))
                .assertions(
                        details(Journeys.PAGE).requestsPerSec().gte(500.0),
                        global().failedRequests().count().is(0L));
    }
}
