package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.Fixtures;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;

@IntegrationTest
@AutoConfigureMockMvc
class SignInAndRefusalAuditIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ReferralService referrals;

    RecordedEvents events() {
        return new RecordedEvents(jdbc);
    }

    @Test
    void aSignInAndASignOutAreRecordedForThePerson() throws Exception {
        TestService s = fixtures.service();

        mvc.perform(formLogin("/sign-in").user(s.leadUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/sign-out").with(csrf()).with(as(s.leadUsername()))).andExpect(redirectedUrl("/sign-in?signed-out"));

        assertThat(events().all(s.id())).extracting(RecordedEvents.Row::action)
                .containsExactly(AuditAction.SIGN_IN, AuditAction.SIGN_OUT);
        assertThat(events().all(s.id())).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(s.lead().value());
            assertThat(e.roles()).containsExactly("SERVICE_LEAD");
            assertThat(e.username()).isEqualTo(s.leadUsername());
            assertThat(e.clientIp()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void aFailedSignInKeepsTheUserNameTriedButNeverThePassword() throws Exception {
        TestService s = fixtures.service();
        String wrong = "not-the-password-" + s.tag();

        mvc.perform(formLogin("/sign-in").user(s.allocatorUsername()).password(wrong))
                .andExpect(redirectedUrl("/sign-in?error"));

        assertThat(events().all(s.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
            assertThat(e.actor()).isNull();
            assertThat(e.username()).isEqualTo(s.allocatorUsername());
            assertThat(e.recordType()).isEqualTo("STAFF_ACCOUNT");
            assertThat(e.recordId()).isEqualTo(s.allocator().toString());
            assertThat(e.toString()).doesNotContain(wrong);
        });
    }

    @Test
    void aFailedSignInWithAnUnknownUserNameGoesToTheInstallationsChain() throws Exception {
        String nobody = "nobody-" + System.nanoTime();

        mvc.perform(formLogin("/sign-in").user(nobody).password("guess")).andExpect(redirectedUrl("/sign-in?error"));

        assertThat(events().withUsername(nobody)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
            assertThat(e.service()).isNull();
            assertThat(e.detail()).contains("BadCredentialsException");
        });
    }

    @Test
    void aPageRefusedBySpringSecurityIsRecorded() throws Exception {
        TestService s = fixtures.service();
        s.pwp("Priya Patel");

        mvc.perform(get("/staff").with(as(s.username("Priya Patel")))).andExpect(status().isForbidden());

        assertThat(events().all(s.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DENIED);
            assertThat(e.via()).isEqualTo("GET /staff");
            assertThat(e.patient()).isNull();
        });
    }

    @Test
    void aRecordRefusedByStepwisesOwnRulesIsRecordedWithItsPatient() throws Exception {
        TestService s = fixtures.service();
        s.pwp("Priya Patel");
        ReferralId referral = s.newReferral("Ada", "Lovelace", LocalDate.now());

        mvc.perform(get("/triage/" + referral).with(as(s.username("Priya Patel")))).andExpect(status().isForbidden());

        assertThat(events().all(s.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DENIED);
            assertThat(e.via()).isEqualTo("GET /triage/{id}");
            assertThat(e.recordId()).isEqualTo(referral.toString());
            assertThat(e.patient()).isEqualTo(referrals.get(s.id(), referral).patientId().value());
        });
    }

    @Test
    void aRefusalByASecurityFilterIsRecordedFromTheErrorPage() throws Exception {
        TestService s = fixtures.service();
        ReferralId referral = s.newReferral("Ada", "Lovelace", LocalDate.now());

        // What the servlet container does after a filter refuses a request (for example a missing CSRF token).
        mvc.perform(get("/error").with(as(s.leadUsername()))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/referrals/" + referral + "/edit"));

        assertThat(events().all(s.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DENIED);
            assertThat(e.via()).isEqualTo("/referrals/" + referral + "/edit");
        });
    }

    @Test
    void aPageThatIsNotFoundIsNeitherAReadNorARefusal() throws Exception {
        TestService s = fixtures.service();

        mvc.perform(get("/referrals/" + java.util.UUID.randomUUID()).with(as(s.leadUsername())))
                .andExpect(status().isNotFound());

        assertThat(events().all(s.id())).isEmpty();
    }
}
