package org.stepwise.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepwise.IntegrationTest;

/** An operator sets up a service and its first lead from the command line; the trail says the operator did it. */
@IntegrationTest
class ServiceSetUpCommandIT {

    @Autowired ServiceSetUpCommand command;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    @Test
    void setsUpTheServiceAndItsLeadWithATemporaryPasswordAndRecordsTheOperator() {
        String username = "lead-" + UUID.randomUUID().toString().substring(0, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = command.run(args("--stepwise.setup.service", "--name=Northgate Talking Therapies",
                "--ods-code=rx4", "--lead-username=" + username, "--lead-name=Dr Nadia Khan",
                "--lead-email=nadia.khan@nhs.net"), "ops", new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        String password = printed.replaceAll("(?s).*temporary password: (\\S+).*", "$1");
        UUID service = jdbc.sql("select service_id from staff where username = ?").param(username).query(UUID.class)
                .single();
        assertThat(jdbc.sql("select name || ' ' || ods_code from service where id = ?").param(service)
                .query(String.class).single()).isEqualTo("Northgate Talking Therapies RX4");
        assertThat(jdbc.sql("""
                        select s.must_change_password and s.roles = '{SERVICE_LEAD}'
                               and v.unallocated_responsible_id = s.id
                          from staff s join service v on v.id = s.service_id where s.username = ?
                        """).param(username).query(Boolean.class).single()).isTrue();
        String hash = jdbc.sql("select password_hash from staff where username = ?").param(username)
                .query(String.class).single();
        assertThat(password).hasSize(20);
        assertThat(passwords.matches(password, hash)).isTrue();
        assertThat(jdbc.sql("""
                        select action || ' ' || record_type || ' ' || coalesce(actor_id::text, 'nobody') || ' ' || username
                          from audit_event where service_id = ? order by seq
                        """).param(service).query(String.class).list())
                .containsExactly("CREATE SERVICE nobody operator ops", "CREATE STAFF_ACCOUNT nobody operator ops");
    }

    @Test
    void refusesWhatItCannotSetUpAndWritesNothing() {
        long services = jdbc.sql("select count(*) from service").query(Long.class).single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = command.run(args("--stepwise.setup.service", "--name=", "--ods-code=no spaces!",
                "--lead-username=a", "--lead-email=not-an-address"), "ops",
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Nothing was set up: ")
                .contains("--name").contains("--ods-code").contains("--lead-username").contains("--lead-name")
                .contains("--lead-email");
        String taken = "lead-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(command.run(args("--name=First", "--lead-username=" + taken, "--lead-name=A Lead"), "ops",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(command.run(args("--name=Second", "--lead-username=" + taken.toUpperCase(), "--lead-name=B Lead"),
                "ops", new PrintStream(again, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("is already in use");
        assertThat(jdbc.sql("select count(*) from service").query(Long.class).single()).isEqualTo(services + 1);
    }

    private static DefaultApplicationArguments args(String... args) {
        return new DefaultApplicationArguments(List.of(args).toArray(String[]::new));
    }
}
