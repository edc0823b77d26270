package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.PatientId;

@IntegrationTest
class AuditVerifyCommandIT {

    @Autowired Fixtures fixtures;
    @Autowired AuditTrail trail;
    @Autowired AuditVerifyCommand command;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    @Test
    void theCommandReportsEveryChainAndExitsNonZeroOnlyWhenOneIsBroken() {
        TestService s = fixtures.service();
        PatientId patient = s.patient("Ada", "Lovelace");
        trail.recordRead(s.id(), s.lead(), patient, AuditedRecord.patient(patient));
        trail.recordRead(s.id(), s.lead(), patient, AuditedRecord.patient(patient));

        ByteArrayOutputStream intact = new ByteArrayOutputStream();
        assertThat(command.verifyAll(new PrintStream(intact, true, StandardCharsets.UTF_8))).isZero();
        assertThat(intact.toString(StandardCharsets.UTF_8))
                .contains("intact  service " + s.id() + " \"Test service " + s.tag() + "\": 2 events; head 2 sha256 ")
                .contains("Result: intact");

        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        AtomicInteger code = new AtomicInteger();
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("alter table audit_event disable trigger all").update();
            jdbc.sql("delete from audit_event where chain_id = ? and seq = 1").param(s.id().value()).update();
            code.set(command.verifyAll(new PrintStream(broken, true, StandardCharsets.UTF_8)));
        });
        assertThat(code).hasValue(1);
        assertThat(broken.toString(StandardCharsets.UTF_8))
                .contains("BROKEN  service " + s.id())
                .contains("DELETED at event 1")
                .contains("Result: BROKEN, 1 chain(s)");
    }
}
