package org.stepwise.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded PostgreSQL server per data directory per JVM. Several Spring contexts in one
 * test run share it, and the server stops when the JVM exits.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final String DATABASE = "stepwise";
    private static final Map<Path, EmbeddedDatabase> RUNNING = new HashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDir where the data lives between runs; blank for a throw-away database in a
     *                temporary directory that is removed when the JVM exits (the tests use this)
     */
    static synchronized EmbeddedDatabase start(String dataDir, int port) {
        boolean ephemeral = dataDir == null || dataDir.isBlank();
        Path dir = ephemeral ? Path.of("") : Path.of(dataDir).toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(dir, d -> {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200");
                if (!ephemeral) {
                    Files.createDirectories(d);
                    builder.setDataDirectory(d).setCleanDataDirectory(false);
                }
                if (port > 0) {
                    builder.setPort(port);
                }
                EmbeddedDatabase db = new EmbeddedDatabase(builder.start());
                db.createDatabaseIfMissing();
                return db;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL in " + d, e);
            }
        });
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the Stepwise database", e);
        }
    }
}
