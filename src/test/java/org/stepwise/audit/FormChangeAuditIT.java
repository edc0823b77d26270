package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.audit.RecordedEvents.Row;
import org.stepwise.referral.ReferralService;
import org.stepwise.risk.RiskFlags;
import org.stepwise.risk.RiskSeeding;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;

/** A form that saves leaves one change on the audit trail; one that is refused or rolls back leaves none. */
@IntegrationTest
@AutoConfigureMockMvc
class FormChangeAuditIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ReferralService referrals;
    @Autowired RiskFlags flags;
    @Autowired RiskSeeding seeding;
    @Autowired TransactionTemplate tx;

    RecordedEvents events;
    TestService s;
    PatientId patient;
    ReferralId referral;

    @BeforeEach
    void aPatientWithAReferral() {
        events = new RecordedEvents(jdbc);
        s = fixtures.service();
        patient = s.patient("Ada", "Lovelace");
        referral = s.referral(patient, LocalDate.now().minusDays(10));
    }

    @Test
    void aSavedChangeIsRecordedOnceNamingThePatientTheRecordAndTheForm() throws Exception {
        long before = events.lastSeq(s.id());

        mvc.perform(editReferral(referrals.get(s.id(), referral).version()).with(as(s.allocatorUsername())))
                .andExpect(status().is3xxRedirection());

        assertThat(since(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.patient()).isEqualTo(patient.value());
            assertThat(e.recordType()).isEqualTo("REFERRAL");
            assertThat(e.recordId()).isEqualTo(referral.toString());
            assertThat(e.via()).isEqualTo("POST /referrals/{id}/edit");
            assertThat(e.actor()).isEqualTo(s.allocator().value());
        });
    }

    @Test
    void changesToRiskRecordsNameThePatientOfTheReferralTheyBelongTo() throws Exception {
        UUID flag = flags.raise(s.id(), referral, "Disclosed thoughts of self-harm", s.lead());
        tx.executeWithoutResult(status -> seeding.awaitingOnwardReferral(s.id(), referral, true, "Riverside Crisis Team",
                true, "Escalating risk", s.lead(), Instant.now().minusSeconds(60)));
        UUID task = jdbc.sql("select id from task where service_id = ? and referral_id = ?")
                .params(s.id().value(), referral.value()).query(UUID.class).single();
        long before = events.lastSeq(s.id());

        mvc.perform(post("/risk-flags/" + flag + "/review").with(csrf()).with(as(s.leadUsername()))
                .param("outcome", "Spoke to her; no plans or intent; safety plan reviewed"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/tasks/" + task + "/complete").with(csrf()).with(as(s.leadUsername()))
                .param("version", "0").param("note", "Crisis team called back"))
                .andExpect(status().is3xxRedirection());

        assertThat(since(before)).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.patient()).isEqualTo(patient.value());
        }).extracting(e -> e.recordType() + " " + e.recordId() + " " + e.via()).containsExactly(
                "RISK_FLAG " + flag + " POST /risk-flags/{flagId}/review",
                "TASK " + task + " POST /tasks/{id}/complete");
    }

    @Test
    void registeringAPatientRecordsTheNewPatient() throws Exception {
        long before = events.lastSeq(s.id());

        String location = mvc.perform(post("/patients").with(csrf()).with(as(s.leadUsername()))
                        .param("nhsNumber", org.stepwise.Fixtures.nextNhsNumber().digits()).param("givenName", "Alan")
                        .param("familyName", "Turing").param("dobDay", "23").param("dobMonth", "6")
                        .param("dobYear", "1972").param("gender", "1").param("gpPractice", s.gp().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        String created = location.substring("/patients/".length());
        assertThat(since(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATE);
            assertThat(e.patient()).hasToString(created);
            assertThat(e.recordId()).isEqualTo(created);
        });
    }

    @Test
    void aChangeRefusedAsStaleIsNotRecordedAsAChange() throws Exception {
        long before = events.lastSeq(s.id());
        int stale = referrals.get(s.id(), referral).version() - 1;

        mvc.perform(editReferral(stale).with(as(s.allocatorUsername()))).andExpect(status().isOk());

        // The form comes back with the current details: a read, and no change.
        assertThat(since(before)).extracting(Row::action).containsExactly(AuditAction.READ);
    }

    @Test
    void aChangeRefusedForTheRoleIsRecordedAsARefusalNotAChange() throws Exception {
        long before = events.lastSeq(s.id());

        mvc.perform(post("/referrals/" + referral + "/start-treatment").with(csrf()).with(as(s.allocatorUsername()))
                .param("version", String.valueOf(referrals.get(s.id(), referral).version())))
                .andExpect(status().isForbidden());

        assertThat(since(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DENIED);
            assertThat(e.patient()).isEqualTo(patient.value());
            assertThat(e.via()).isEqualTo("POST /referrals/{id}/start-treatment");
        });
    }

    MockHttpServletRequestBuilder editReferral(int version) {
        LocalDate received = LocalDate.now().minusDays(10);
        return post("/referrals/" + referral + "/edit").with(csrf())
                .param("version", String.valueOf(version))
                .param("receivedDay", String.valueOf(received.getDayOfMonth()))
                .param("receivedMonth", String.valueOf(received.getMonthValue()))
                .param("receivedYear", String.valueOf(received.getYear()))
                .param("source", "A1").param("referrer", "Dr Shah " + version)
                .param("presentingProblem", "Low mood and worry for six months");
    }

    List<Row> since(long seq) {
        return events.after(s.id(), seq);
    }
}
