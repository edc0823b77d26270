package org.stepwise.perf;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Closed model: 50 people (by default) each opening page after page with no pause, for two minutes; the throughput
 * it reaches is the most this server sustains with that mix. Target: at least 500 pages a second, none failing.
 * With -Dusers=1 -Dpage=NAME -Dstatistics=JDBC_URL it times one page at a time, with nothing queued, while
 * PostgreSQL times the same page's SQL (see perf/floor.sh).
 */
public class SaturationSimulation extends Simulation {

    private final Settings settings = Settings.fromSystem();

    {
        PopulationBuilder load = Journeys.pages("pages without pause", settings)
                .injectClosed(constantConcurrentUsers(settings.users()).during(settings.duration()));
        if (!settings.statisticsUrl().isBlank()) {
            load = Statistics.reset(settings).injectOpen(atOnceUsers(1)).andThen(load);
        }
        setUp(Journeys.signIn(settings)
                .injectOpen(atOnceUsers(settings.signIns()))
                .andThen(load))
                .protocols(Journeys.protocol(settings))
                .assertions(
                        // Pages per second over the measured load alone, not the sign-ins before it.
                        details(Journeys.PAGE).allRequests().count().gte(500L * settings.duration().toSeconds()),
                        global().failedRequests().count().is(0L));
    }
}
