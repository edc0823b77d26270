package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Booking;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.patient.Patients;
import org.stepwise.referral.ReferralService;
import org.stepwise.risk.RiskFlags;
import org.stepwise.risk.RiskSeeding;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/** Every page that shows a patient's data leaves exactly one read on the audit trail, naming that patient. */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessAuditIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ReferralService referrals;
    @Autowired AppointmentService appointments;
    @Autowired StaffDirectory staff;
    @Autowired Patients patients;
    @Autowired RiskFlags flags;
    @Autowired RiskSeeding seeding;
    @Autowired TransactionTemplate tx;

    RecordedEvents events;
    TestService s;
    StaffId pwp;
    PatientId patient;
    ReferralId referral;
    AppointmentId appointment;
    UUID flag;
    UUID concern;
    UUID onward;
    ReferralId untriaged;
    PatientId awaitingTriage;
    PatientId onWaitingList;

    /** A person in treatment with an appointment today, one referral awaiting triage and one on a waiting list. */
    @BeforeAll
    void aServiceWithCases() {
        events = new RecordedEvents(jdbc);
        s = fixtures.service();
        pwp = s.pwp("Priya Patel");
        patient = s.patient("Ada", "Lovelace");
        referral = s.referral(patient, LocalDate.now().minusDays(10));
        referrals.allocate(s.id(), referral, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        appointment = appointments.book(s.id(), referral, new Booking(pwp,
                LocalDate.now().atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant(), 30,
                AppointmentPurpose.ASSESSMENT, ConsultationMechanism.TELEPHONE), pwp);
        flag = flags.raise(s.id(), referral, "Disclosed thoughts of self-harm", pwp);
        Instant when = Instant.now().minusSeconds(3600);
        concern = tx.execute(status -> seeding.openConcern(s.id(), referral, true, "Her son, aged 6", "Neglect disclosed",
                pwp, when));
        onward = tx.execute(status -> seeding.awaitingOnwardReferral(s.id(), referral, true, "Riverside Crisis Team",
                true, "Escalating risk", pwp, when));
        untriaged = s.newReferral("Grace", "Hopper", LocalDate.now());
        awaitingTriage = referrals.get(s.id(), untriaged).patientId();
        ReferralId waiting = s.newReferral("Mary", "Somerville", LocalDate.now().minusDays(3));
        referrals.placeOnWaitingList(s.id(), waiting, 0, 2, null, s.allocator());
        onWaitingList = referrals.get(s.id(), waiting).patientId();
    }

    /**
     * Add a line here for each new page that shows one patient's record: the page, who opens it (someone whose role
     * and relationship allow it) and whose record it is.
     */
    static Stream<Arguments> patientPages() {
        return Stream.of(
                arguments("/patients/{patient}", "lead", "patient"),
                arguments("/patients/{patient}/edit", "lead", "patient"),
                arguments("/patients/{patient}/referrals/new", "lead", "patient"),
                arguments("/referrals/{referral}", "pwp", "patient"),
                arguments("/referrals/{referral}/edit", "lead", "patient"),
                arguments("/referrals/{referral}/step", "pwp", "patient"),
                arguments("/referrals/{referral}/appointments/new", "pwp", "patient"),
                arguments("/triage/{untriaged}", "allocator", "awaitingTriage"),
                arguments("/appointments/{appointment}", "pwp", "patient"),
                arguments("/appointments/{appointment}/outcome", "pwp", "patient"),
                arguments("/appointments/{appointment}/rebook", "pwp", "patient"),
                arguments("/audit/patients/{patient}", "lead", "patient"),
                arguments("/referrals/{referral}/discharge", "pwp", "patient"),
                arguments("/referrals/{referral}/measures/new", "pwp", "patient"),
                arguments("/referrals/{referral}/responsibility", "pwp", "patient"),
                arguments("/referrals/{referral}/risk-assessments/new", "pwp", "patient"),
                arguments("/referrals/{referral}/risk-flags/new", "pwp", "patient"),
                arguments("/referrals/{referral}/safety-plan", "pwp", "patient"),
                arguments("/referrals/{referral}/safeguarding/new", "pwp", "patient"),
                arguments("/referrals/{referral}/onward-referrals/new", "pwp", "patient"),
                arguments("/referrals/{referral}/tasks/new", "pwp", "patient"),
                arguments("/risk-flags/{flag}/review", "pwp", "patient"),
                arguments("/safeguarding/{concern}", "pwp", "patient"),
                arguments("/onward-referrals/{onward}", "pwp", "patient"));
    }

    @ParameterizedTest(name = "GET {0} records one read of the patient")
    @MethodSource("patientPages")
    void everyPatientPageRecordsOneReadOfThatPatient(String page, String who, String whose) throws Exception {
        long before = events.lastSeq(s.id());

        mvc.perform(get(address(page)).with(as(username(who)))).andExpect(status().isOk());

        assertThat(events.after(s.id(), before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.patient()).isEqualTo(patient(whose).value());
            assertThat(e.actor()).isEqualTo(staffId(who).value());
            assertThat(e.roles()).isNotEmpty();
            assertThat(e.clientIp()).isEqualTo("127.0.0.1");
            assertThat(e.via()).startsWith("GET /");
        });
    }

    static Stream<Arguments> listPages() {
        return Stream.of(
                arguments("GET", "/caseload", "pwp", "CASELOAD", "patient"),
                arguments("GET", "/caseload/{pwp}", "supervisor", "CASELOAD", "patient"),
                arguments("GET", "/diary", "pwp", "DIARY", "patient"),
                arguments("GET", "/triage", "allocator", "TRIAGE_QUEUE", "awaitingTriage"),
                arguments("GET", "/waiting-lists/2", "allocator", "WAITING_LIST", "onWaitingList"),
                arguments("POST", "/patients/find", "lead", "PATIENT_SEARCH", "patient"));
    }

    @ParameterizedTest(name = "{0} {1} records one read listing the patients shown")
    @MethodSource("listPages")
    void everyListPageRecordsOneReadListingThePatientsShown(String method, String page, String who, String list,
                                                            String shown) throws Exception {
        long before = events.lastSeq(s.id());
        MockHttpServletRequestBuilder request = method.equals("GET") ? get(address(page))
                : post(page).with(csrf()).param("nhsNumber", patients.get(s.id(), patient).nhsNumber().digits());

        mvc.perform(request.with(as(username(who)))).andExpect(status().isOk());

        PatientId expected = patient(shown);
        assertThat(events.after(s.id(), before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.recordType()).isEqualTo(list);
            assertThat(e.patient()).isNull();
            assertThat(e.listed()).contains(expected.value());
        });
    }

    @Test
    void everyAuditedPageIsInThisTestsTable() {
        List<String> tested = patientPages().map(a -> ((String) a.get()[0]).replaceAll("\\{[a-z]+}", "{id}")).toList();
        List<String> audited = AuditedRoutes.ALL.stream()
                .filter(r -> r.method().equals("GET") && !r.list())
                .map(r -> r.pattern().replaceAll("\\{[A-Za-z]+}", "{id}")).toList();
        assertThat(tested).containsExactlyInAnyOrderElementsOf(audited);
    }

    @Test
    void everyAuditedRouteIsARealPageAndEveryPageAboutARecordIsAudited(
            @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
            org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings) {
        List<String> real = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getMethodsCondition().getMethods().stream()
                        .flatMap(m -> info.getPathPatternsCondition().getPatternValues().stream()
                                .map(p -> m.name() + " " + p)))
                .toList();
        List<String> audited = AuditedRoutes.ALL.stream().map(AuditedRoute::via).toList();
        assertThat(real).containsAll(audited);
        // Downloads record their own EXPORT event (with the reason) in the controller, before the file is built.
        assertThat(real.stream().filter(via -> via.matches("(GET|POST) /(patients|referrals|appointments|triage|risk-flags|safeguarding|onward-referrals|tasks)/\\{.*"))
                .filter(via -> !via.endsWith(".csv") && !via.endsWith(".pdf")))
                .isNotEmpty().allSatisfy(via -> assertThat(audited).contains(via));
    }

    PatientId patient(String whose) {
        return Map.of("patient", patient, "awaitingTriage", awaitingTriage, "onWaitingList", onWaitingList).get(whose);
    }

    String address(String page) {
        return page.replace("{patient}", patient.toString()).replace("{referral}", referral.toString())
                .replace("{untriaged}", untriaged.toString())
                .replace("{appointment}", appointment.toString()).replace("{pwp}", pwp.toString())
                .replace("{flag}", flag.toString()).replace("{concern}", concern.toString())
                .replace("{onward}", onward.toString());
    }

    String username(String who) {
        return switch (who) {
            case "lead" -> s.leadUsername();
            case "allocator" -> s.allocatorUsername();
            case "supervisor" -> s.supervisorUsername();
            default -> s.username("Priya Patel");
        };
    }

    StaffId staffId(String who) {
        return switch (who) {
            case "lead" -> s.lead();
            case "allocator" -> s.allocator();
            case "supervisor" -> s.supervisor();
            default -> pwp;
        };
    }
}
