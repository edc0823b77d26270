package org.stepwise.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL everywhere: an external server when STEPWISE_DB_URL is set (production), otherwise
 * real PostgreSQL binaries started from the classpath with their data kept on disk.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${stepwise.db.url:}") String url,
                          @Value("${stepwise.db.user:}") String user,
                          @Value("${stepwise.db.password:}") String password,
                          @Value("${stepwise.db.pool-size:10}") int poolSize,
                          @Value("${stepwise.embedded.data-dir:data/postgres}") String dataDir,
                          @Value("${stepwise.embedded.port:0}") int port) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("stepwise");
        config.setMaximumPoolSize(poolSize);
        if (url.isBlank()) {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir, port);
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(EmbeddedDatabase.USER);
            log.info("Using embedded PostgreSQL on port {} with data in {}", embedded.port(),
                    dataDir.isBlank() ? "a temporary directory" : dataDir);
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            log.info("Using external PostgreSQL");
        }
        return new HikariDataSource(config);
    }
}
