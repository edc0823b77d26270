package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;

@IntegrationTest
class GenerateCommandIT {

    @Autowired Fixtures fixtures;
    @Autowired GenerateCommand command;
    @Autowired JdbcClient jdbc;

    @Test
    void theGeneratorRefusesADatabaseThatAlreadyHoldsAServiceAndWritesNothing() {
        fixtures.service();
        long referrals = jdbc.sql("select count(*) from referral").query(Long.class).single();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.generate(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("already holds a service");
        assertThat(jdbc.sql("select count(*) from referral").query(Long.class).single()).isEqualTo(referrals);
    }
}
