package org.stepwise.perf;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Clears PostgreSQL's per-statement timings (pg_stat_statements) once everyone has signed in, so that what they
 * hold afterwards is the SQL of the measured pages alone: the floor each page's time is compared with.
 */
final class Statistics {

    private Statistics() {
    }

    /** A one-user scenario that clears the timings at the JDBC URL of -Dstatistics. */
    static ScenarioBuilder reset(Settings settings) {
        return scenario("clear SQL timings").exec(session -> {
            try (Connection c = DriverManager.getConnection(settings.statisticsUrl());
                 Statement s = c.createStatement()) {
                s.execute("select pg_stat_statements_reset()");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not clear pg_stat_statements at " + settings.statisticsUrl(), e);
            }
            return session;
        });
    }
}
