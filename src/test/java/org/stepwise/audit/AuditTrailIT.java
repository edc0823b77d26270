package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;

@IntegrationTest
class AuditTrailIT {

    @Autowired Fixtures fixtures;
    @Autowired AuditTrail trail;
    @Autowired ChainVerifier verifier;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    @Test
    void aChangeIsWrittenWithItsTransactionKeepingOnlyTheFieldsThatChanged() {
        TestService s = fixtures.service();
        PatientId patient = s.patient("Ada", "Lovelace");
        ReferralId referral = s.referral(patient, java.time.LocalDate.now());

        tx.executeWithoutResult(status -> trail.recordChange(s.id(), s.allocator(), patient,
                AuditedRecord.referral(referral), AuditAction.UPDATE,
                Map.of("referrer", "Dr Shah", "source", "B1"), Map.of("referrer", "Dr Khan", "source", "B1")));

        assertThat(new RecordedEvents(jdbc).all(s.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.patient()).isEqualTo(patient.value());
            assertThat(e.recordId()).isEqualTo(referral.toString());
            assertThat(e.detail()).isEqualTo("{\"changes\": {\"referrer\": {\"after\": \"Dr Khan\", \"before\": \"Dr Shah\"}}}");
        });
        assertThat(verifier.verify(s.id()).intact()).isTrue();
    }

    @Test
    void aChangeThatRollsBackLeavesNoEvent() {
        TestService s = fixtures.service();
        PatientId patient = s.patient("Ada", "Lovelace");

        tx.executeWithoutResult(status -> {
            trail.recordChange(s.id(), s.lead(), patient, AuditedRecord.patient(patient), AuditAction.UPDATE,
                    Map.of("phone", "01632 960 001"), Map.of("phone", "01632 960 002"));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            trail.recordChange(s.id(), s.lead(), patient, AuditedRecord.patient(patient), AuditAction.UPDATE,
                    Map.of(), Map.of("phone", "01632 960 003"));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(new RecordedEvents(jdbc).all(s.id())).isEmpty();
        assertThat(verifier.verify(s.id()).intact()).isTrue();
    }

    @Test
    void aChangeCannotBeRecordedOutsideATransaction() {
        TestService s = fixtures.service();
        PatientId patient = s.patient("Ada", "Lovelace");
        assertThatThrownBy(() -> trail.recordChange(s.id(), s.lead(), patient, AuditedRecord.patient(patient),
                AuditAction.UPDATE, Map.of(), Map.of("phone", "x"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReadIsKeptEvenWhenTheTransactionAroundItRollsBack() {
        TestService s = fixtures.service();
        PatientId patient = s.patient("Ada", "Lovelace");

        tx.executeWithoutResult(status -> {
            trail.recordRead(s.id(), s.lead(), patient, AuditedRecord.patient(patient), "Duty call");
            status.setRollbackOnly();
        });

        assertThat(new RecordedEvents(jdbc).all(s.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.reason()).isEqualTo("Duty call");
        });
    }

    @Test
    void eventsCanBeNeitherRewrittenNorRemoved() {
        TestService s = fixtures.service();
        PatientId patient = s.patient("Ada", "Lovelace");
        trail.recordRead(s.id(), s.lead(), patient, AuditedRecord.patient(patient));

        for (String sql : List.of("update audit_event set reason = 'edited' where chain_id = ?",
                "delete from audit_event where chain_id = ?",
                "delete from audit_chain where chain_id = ?")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param(s.id().value()).update())
                    .as(sql).rootCause().hasMessageContaining("append-only");
        }
        assertThatThrownBy(() -> jdbc.sql("update audit_chain set last_seq = 0 where chain_id = ?")
                .param(s.id().value()).update()).rootCause().hasMessageContaining("only moves forward");
        for (String table : List.of("audit_event", "audit_chain")) {
            // Inside a transaction that is rolled back regardless, so a missing trigger could never empty the table.
            assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                status.setRollbackOnly();
                jdbc.sql("truncate " + table).update();
            })).as(table).rootCause().hasMessageContaining("append-only");
        }
        assertThat(new RecordedEvents(jdbc).all(s.id())).hasSize(1);
    }

    @Test
    void concurrentWritersProduceOneUnbrokenChain() throws Exception {
        TestService s = fixtures.service();
        PatientId patient = s.patient("Ada", "Lovelace");
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        trail.recordRead(s.id(), s.lead(), patient, AuditedRecord.patient(patient));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }

        ChainReport report = verifier.verify(s.id());
        assertThat(report.intact()).as(String.valueOf(report.broken())).isTrue();
        assertThat(report.checked()).isEqualTo(400);
        assertThat(report.headSeq()).isEqualTo(400);
    }
}
