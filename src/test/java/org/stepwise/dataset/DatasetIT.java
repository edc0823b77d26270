package org.stepwise.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.stepwise.dataset.DatasetCase.MONTH;
import static org.stepwise.dataset.DatasetCase.at;
import static org.stepwise.dataset.DatasetCase.day;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.Intervention;
import org.stepwise.discharge.DischargeService;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.MeasureService;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

/**
 * A small service built through Stepwise's own services, extracted for last month over HTTP as its lead would, then
 * unzipped and read back field by field; with a second service whose records must never appear in it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(DatasetCase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetCase cases;
    @Autowired ReferralService referrals;
    @Autowired DischargeService discharge;
    @Autowired MeasureService measures;
    @Autowired JdbcClient jdbc;

    TestService s;
    StaffId pwp;
    ReferralId ada;
    ReferralId ben;
    ReferralId cy;
    ReferralId di;
    AppointmentId adaAssessment;
    AppointmentId adaTreatment;
    AppointmentId adaMissed;
    AppointmentId adaUnrecorded;
    AppointmentId adaLastMonth;
    AppointmentId diAfterDischarge;

    TestService other;
    ReferralId eve;
    AppointmentId eveContact;

    @BeforeAll
    void buildTwoServices() {
        s = fixtures.service();
        cases.odsCode(s, "RXT01");
        pwp = s.pwp("Priya Patel");
        LocalDate monthBefore = MONTH.minusMonths(1).atDay(20);

        // Ada: open all month; assessed, treated, missed one, one not yet recorded; questionnaires in and out of
        // contacts; an onward referral.
        ada = cases.allocated(s, pwp, "Ada", "Lovelace", monthBefore);
        adaLastMonth = cases.attended(s, ada, pwp, monthBefore.plusDays(5), AppointmentPurpose.ASSESSMENT, 50,
                Intervention.GUIDED_SELF_HELP_BOOK);
        adaAssessment = cases.attended(s, ada, pwp, day(3), AppointmentPurpose.ASSESSMENT, 50,
                Intervention.GUIDED_SELF_HELP_BOOK);
        adaTreatment = cases.attended(s, ada, pwp, day(10), AppointmentPurpose.TREATMENT, 35,
                Intervention.GUIDED_SELF_HELP_COMPUTER);
        cases.questionnaire(s, ada, adaTreatment, InstrumentCode.PHQ9, 9, 2, day(10), pwp);
        cases.questionnaire(s, ada, null, InstrumentCode.GAD7, 7, 3, day(12), pwp);
        cases.questionnaire(s, ada, null, InstrumentCode.PHQ9, 9, 1, day(12), pwp);
        UUID wrong = jdbc.sql("select id from questionnaire_response where service_id = ? and referral_id = ? "
                        + "and instrument = 'PHQ9' and appointment_id is null")
                .params(s.id().value(), ada.value()).query(UUID.class).single();
        measures.correct(s.id(), wrong, Map.of(1, 3, 2, 3, 3, 3, 4, 3, 5, 3, 6, 3, 7, 3, 8, 3, 9, 0), day(12),
                "Entered from the wrong sheet", pwp);
        cases.questionnaire(s, ada, null, InstrumentCode.WSAS, 5, 4, day(12), pwp);
        adaMissed = cases.missed(s, ada, pwp, day(17));
        adaUnrecorded = cases.booked(s, ada, pwp, day(20), AppointmentPurpose.TREATMENT);
        cases.onwardReferral(s, ada, at(day(11), 14, 30), pwp);
        jdbc.sql("update referral set problem_descriptor = 'F41.1' where service_id = ? and id = ?")
                .params(s.id().value(), ada.value()).update();
        jdbc.sql("update patient set postcode = 'ls1 4ap', ethnic_category = 'N' where service_id = ? and id = "
                + "(select patient_id from referral where service_id = ? and id = ?)")
                .params(s.id().value(), s.id().value(), ada.value()).update();

        // Ben: closed before the month began; nothing of his belongs to it.
        ben = s.newReferral("Ben", "Before", MONTH.minusMonths(3).atDay(1));
        discharge.end(s.id(), ben, 0, EndingCode.NOT_ASSESSED, "Did not opt in", s.lead(), Set.of(Role.SERVICE_LEAD));
        cases.endedOn(s, ben, MONTH.minusMonths(1).atEndOfMonth());

        // Cy: referred during the month, awaiting triage; his NHS number was mistyped before checks existed.
        cy = s.newReferral("Cy", "Newman", day(5));
        jdbc.sql("update patient set nhs_number = '9876544321' where service_id = ? and id = "
                + "(select patient_id from referral where service_id = ? and id = ?)")
                .params(s.id().value(), s.id().value(), cy.value()).update();

        // Di: treated, discharged on the 15th without paired scores, then seen again as if still in treatment.
        di = cases.allocated(s, pwp, "Di", "Ended", MONTH.minusMonths(2).atDay(10));
        cases.attended(s, di, pwp, day(5), AppointmentPurpose.TREATMENT, 40, Intervention.GUIDED_SELF_HELP_BOOK);
        cases.attended(s, di, pwp, day(10), AppointmentPurpose.TREATMENT, 40, Intervention.GUIDED_SELF_HELP_BOOK);
        diAfterDischarge = cases.attended(s, di, pwp, day(25), AppointmentPurpose.TREATMENT, 40,
                Intervention.GUIDED_SELF_HELP_BOOK);
        discharge.end(s.id(), di, referrals.get(s.id(), di).version(), EndingCode.COMPLETED, "Goals met", pwp,
                Set.of(Role.PWP));
        cases.endedOn(s, di, day(15));
        jdbc.sql("update patient set gender = 'X', postcode = 'LS1' where service_id = ? and id = "
                + "(select patient_id from referral where service_id = ? and id = ?)")
                .params(s.id().value(), s.id().value(), di.value()).update();

        other = fixtures.service();
        StaffId otherPwp = other.pwp("Olu Other");
        eve = cases.allocated(other, otherPwp, "Eve", "Elsewhere", MONTH.minusMonths(1).atDay(1));
        eveContact = cases.attended(other, eve, otherPwp, day(8), AppointmentPurpose.TREATMENT, 30,
                Intervention.CBT);
        cases.questionnaire(other, eve, eveContact, InstrumentCode.PHQ9, 9, 2, day(8), otherPwp);
        cases.onwardReferral(other, eve, at(day(9), 9, 0), otherPwp);
    }

    @Test
    void theHeaderNamesTheServiceTheMonthAndTheVersion() throws Exception {
        Map<String, String> header = extract(s).table("IDS000Header").get(0);
        assertThat(header).containsEntry("DatSetVer", "2.1").containsEntry("OrgIDProv", "RXT01")
                .containsEntry("OrgIDSubmit", "RXT01").containsEntry("PrimSystemInUse", "Stepwise")
                .containsEntry("ReportingPeriodStartDate", MONTH.atDay(1).toString())
                .containsEntry("ReportingPeriodEndDate", MONTH.atEndOfMonth().toString());
        assertThat(header.get("DateTimeDatSetCreate")).startsWith(LocalDate.now(DatasetCase.LONDON).toString());
    }

    @Test
    void patientsAreThoseWithAReferralInTheMonth() throws Exception {
        Unzipped zip = extract(s);
        List<Map<String, String>> mpi = zip.table("IDS001MPI");
        assertThat(mpi).extracting(r -> r.get("LocalPatientId"))
                .containsExactlyInAnyOrder(patientOf(ada), patientOf(cy), patientOf(di));
        Map<String, String> adaRow = row(mpi, "LocalPatientId", patientOf(ada));
        assertThat(adaRow).containsEntry("OrgIDLocalPatientId", "RXT01").containsEntry("NHSNumberStatus", "02")
                .containsEntry("PersonBirthDate", "1985-03-27").containsEntry("Gender", "2")
                .containsEntry("EthnicCategory", "N").containsEntry("Postcode", "LS1 4AP");
        assertThat(row(mpi, "LocalPatientId", patientOf(cy))).containsEntry("EthnicCategory", "");
        assertThat(adaRow.get("NHSNumber")).matches("999[0-9]{7}").isEqualTo(nhsNumberOf(ada));
        assertThat(row(mpi, "LocalPatientId", patientOf(cy))).containsEntry("NHSNumber", "")
                .containsEntry("NHSNumberStatus", "03");
        assertThat(row(mpi, "LocalPatientId", patientOf(di))).containsEntry("Gender", "X");
        assertThat(zip.table("IDS002GP")).hasSize(3).allSatisfy(r -> assertThat(r.get("GMPCodeReg")).startsWith("Y"));
    }

    @Test
    void referralsOpenAtAnyPointInTheMonthWithTheirEndingAsItStoodAtItsEnd() throws Exception {
        List<Map<String, String>> referralRows = extract(s).table("IDS101Referral");
        assertThat(referralRows).extracting(r -> r.get("ServiceRequestId"))
                .containsExactlyInAnyOrder(ada.toString(), cy.toString(), di.toString());
        assertThat(row(referralRows, "ServiceRequestId", ada.toString()))
                .containsEntry("LocalPatientId", patientOf(ada))
                .containsEntry("ReferralRequestReceivedDate", MONTH.minusMonths(1).atDay(20).toString())
                .containsEntry("SourceOfReferralIAPT", "B1").containsEntry("ServDischDate", "")
                .containsEntry("EndCode", "");
        assertThat(row(referralRows, "ServiceRequestId", di.toString()))
                .containsEntry("ServDischDate", day(15).toString()).containsEntry("EndCode", "46");
    }

    @Test
    void contactsOfTheMonthWithTheirNationalCodes() throws Exception {
        Unzipped zip = extract(s);
        List<Map<String, String>> contacts = zip.table("IDS201CareContact");
        assertThat(contacts).hasSize(7).extracting(r -> r.get("CareContactId")).doesNotContain(adaLastMonth.toString());
        assertThat(row(contacts, "CareContactId", adaAssessment.toString()))
                .containsEntry("ServiceRequestId", ada.toString()).containsEntry("CareContDate", day(3).toString())
                .containsEntry("CareContTime", "11:00:00").containsEntry("PlannedCareContIndicator", "Y")
                .containsEntry("AttendOrDNACode", "5").containsEntry("ClinContDurOfCareCont", "50")
                .containsEntry("AppType", "01").containsEntry("ConsMechanism", "02");
        assertThat(row(contacts, "CareContactId", adaTreatment.toString())).containsEntry("AppType", "02")
                .containsEntry("ClinContDurOfCareCont", "35");
        assertThat(row(contacts, "CareContactId", adaMissed.toString())).containsEntry("AttendOrDNACode", "3")
                .containsEntry("ClinContDurOfCareCont", "");
        assertThat(row(contacts, "CareContactId", adaUnrecorded.toString())).containsEntry("AttendOrDNACode", "");

        List<Map<String, String>> activities = zip.table("IDS202CareActivity");
        assertThat(activities).hasSize(5).extracting(r -> r.get("CareContactId"))
                .doesNotContain(adaMissed.toString(), adaUnrecorded.toString());
        assertThat(row(activities, "CareContactId", adaTreatment.toString()))
                .containsEntry("CareActId", adaTreatment.toString()).containsEntry("CarePersLocalId", pwp.toString())
                .containsEntry("ClinContactDurOfCareAct", "35")
                .containsEntry("CodeProcAndProcStatus", "748041000000107");
    }

    @Test
    void questionnairesSplitIntoReferralAndCareActivityTablesWithOnlyTheLatestVersion() throws Exception {
        Unzipped zip = extract(s);
        List<Map<String, String>> atContacts = zip.table("IDS607CodedScoreAssessmentAct");
        assertThat(atContacts).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("CareActId", adaTreatment.toString()).containsEntry("CodedAssToolType", "720433000")
                .containsEntry("PersScore", "16").containsEntry("AssToolCompDate", day(10).toString()));
        List<Map<String, String>> outside = zip.table("IDS606CodedScoreAssessmentRefer");
        // GAD-7 (six items of 3), and the corrected PHQ-9 (eight items of 3) in place of the one it replaced;
        // WSAS has no confirmed SNOMED code for its total and is not sent.
        assertThat(outside).extracting(r -> r.get("CodedAssToolType") + "=" + r.get("PersScore"))
                .containsExactlyInAnyOrder("445455005=18", "720433000=24");
        assertThat(outside).allSatisfy(r -> assertThat(r).containsEntry("ServiceRequestId", ada.toString())
                .containsEntry("AssToolCompDate", day(12).toString()));
    }

    @Test
    void onwardReferralsAndPresentingComplaints() throws Exception {
        Unzipped zip = extract(s);
        assertThat(zip.table("IDS105OnwardReferral")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("ServiceRequestId", ada.toString()).containsEntry("OnwardReferDate", day(11).toString())
                .containsEntry("OnwardReferTime", "14:30:00"));
        assertThat(zip.table("IDS603PresentingComplaints")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("ServiceRequestId", ada.toString()).containsEntry("PresComp", "F41.1"));
        assertThat(zip.files.get("README.txt")).contains("IDS201CareContact: 7").contains("IDS004EmpStatus");
        assertThat(zip.files.keySet()).startsWith("IDS000Header.csv").endsWith("README.txt");
    }

    @Test
    void anotherServicesRecordsNeverAppear() throws Exception {
        String ours = extract(s).everything();
        String nhs = nhsNumberOf(eve);
        for (String theirs : List.of(eve.toString(), patientOf(eve), eveContact.toString(), nhs)) {
            assertThat(ours).as("another service's %s", theirs).doesNotContain(theirs);
        }
        String ourProblems = mvc.perform(get("/service/dataset/problems.csv").param("month", "" + MONTH.getMonthValue())
                .param("year", "" + MONTH.getYear()).with(as(s.leadUsername()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(ourProblems).doesNotContain(patientOf(eve)).doesNotContain("Elsewhere");
        // The other service's own extract has them, so the checks above could have failed.
        String theirs = extract(other).everything();
        assertThat(theirs).contains(eve.toString(), patientOf(eve), eveContact.toString(), nhs)
                .doesNotContain(ada.toString()).doesNotContain(patientOf(ada));
    }

    @Test
    void eachProblemIsCountedAndListedWithALinkToPutItRight() throws Exception {
        String page = mvc.perform(get("/service/dataset").param("month", "" + MONTH.getMonthValue())
                .param("year", "" + MONTH.getYear()).with(as(s.leadUsername()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(count(page, Problem.NHS_NUMBER_INVALID)).isEqualTo("1");
        assertThat(count(page, Problem.GENDER_NOT_KNOWN)).isEqualTo("1");
        assertThat(count(page, Problem.ETHNIC_CATEGORY_MISSING)).isEqualTo("2");
        assertThat(count(page, Problem.POSTCODE_MISSING)).isEqualTo("1");
        assertThat(count(page, Problem.POSTCODE_INVALID)).isEqualTo("1");
        assertThat(count(page, Problem.ENDING_CODE_MISSING)).isEqualTo("0");
        assertThat(count(page, Problem.DISCHARGE_DATE_MISSING)).isEqualTo("0");
        assertThat(count(page, Problem.UNPAIRED_SCORES)).isEqualTo("1");
        assertThat(count(page, Problem.ATTENDANCE_MISSING)).isEqualTo("1");
        assertThat(count(page, Problem.CONTACT_BEFORE_REFERRAL)).isEqualTo("0");
        assertThat(count(page, Problem.CONTACT_AFTER_DISCHARGE)).isEqualTo("1");

        assertThat(problems(Problem.ATTENDANCE_MISSING)).contains("Ada Lovelace")
                .contains("href=\"/appointments/" + adaUnrecorded + "/outcome\"");
        assertThat(problems(Problem.CONTACT_AFTER_DISCHARGE)).contains("Di Ended")
                .contains("href=\"/appointments/" + diAfterDischarge + "\"");
        assertThat(problems(Problem.UNPAIRED_SCORES)).contains("href=\"/referrals/" + di + "\"");
        assertThat(problems(Problem.NHS_NUMBER_INVALID)).contains("Cy Newman")
                .contains("href=\"/patients/" + patientOf(cy) + "/edit\"").doesNotContain("9876544321");
        assertThat(problems(Problem.POSTCODE_MISSING)).contains("Cy Newman").doesNotContain("Ben Before");
    }

    @Test
    void theReportDownloadsAsCsvWithEveryFinding() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/service/dataset/problems.csv")
                .param("month", "" + MONTH.getMonthValue()).param("year", "" + MONTH.getYear())
                .with(as(s.leadUsername()))).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("talking-therapies-dataset-problems-" + MONTH);
        List<String> lines = List.of(response.getContentAsString().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("problem,description,consequence,record_type,record_id,patient,detail,fix_at");
        assertThat(lines).hasSize(1 + 9);
        assertThat(lines).filteredOn(l -> l.startsWith("ETHNIC_CATEGORY_MISSING,")).hasSize(2);
        assertThat(lines).anyMatch(l -> l.startsWith("ATTENDANCE_MISSING,") && l.contains(adaUnrecorded.toString())
                && l.endsWith("/appointments/" + adaUnrecorded + "/outcome"));
    }

    @Test
    void aMonthThatCannotBeReportedGetsAMessageOnTheFormNotAFile() throws Exception {
        for (String path : List.of("/service/dataset", "/service/dataset/extract", "/service/dataset/problems.csv")) {
            MockHttpServletResponse response = mvc.perform(get(path).param("month", "13").param("year", "2026")
                    .with(as(s.leadUsername()))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(400);
            assertThat(response.getContentType()).as(path).startsWith("text/html");
            assertThat(response.getContentAsString()).as(path).contains("govuk-error-summary")
                    .contains("Month must be a number from 1 to 12");
        }
        String future = mvc.perform(get("/service/dataset/extract").param("month", "1")
                .param("year", "" + (LocalDate.now().getYear() + 1)).with(as(s.leadUsername()))).andReturn()
                .getResponse().getContentAsString();
        assertThat(future).contains("has not begun");
        String noProblem = mvc.perform(get("/service/dataset/problems").param("month", "" + MONTH.getMonthValue())
                .param("year", "" + MONTH.getYear()).param("problem", "NOT_A_PROBLEM").with(as(s.leadUsername())))
                .andReturn().getResponse().getContentAsString();
        assertThat(noProblem).contains("Choose a problem from the list");
    }

    @Test
    void downloadsAndListsAreOnTheAuditTrail() throws Exception {
        long before = lastSeq();
        extract(s);
        problems(Problem.NHS_NUMBER_INVALID);
        mvc.perform(get("/service/dataset/problems.csv").param("month", "" + MONTH.getMonthValue())
                .param("year", "" + MONTH.getYear()).with(as(s.leadUsername())));
        List<Map<String, Object>> events = jdbc.sql("""
                select action, record_type, record_id, actor_id, listed_patients::text as listed
                  from audit_event where service_id = ? and seq > ? and record_type like 'DATASET%' order by seq
                """).params(s.id().value(), before).query().listOfRows();
        assertThat(events).extracting(e -> e.get("action") + " " + e.get("record_type") + " " + e.get("record_id"))
                .containsExactly("EXPORT DATASET_EXTRACT " + MONTH, "READ DATASET_VALIDATION null",
                        "EXPORT DATASET_VALIDATION_CSV " + MONTH);
        assertThat(events).allSatisfy(e -> assertThat(e.get("actor_id")).isEqualTo(s.lead().value()));
        assertThat((String) events.get(1).get("listed")).isEqualTo("{" + patientOf(cy) + "}");
    }

    @Test
    void aLongListOfProblemsIsPaged() throws Exception {
        TestService busy = fixtures.service();
        for (int i = 0; i < DatasetValidation.PAGE + 2; i++) {
            busy.newReferral("Pat", "Number" + i, day(2));
        }
        String first = mvc.perform(get("/service/dataset/problems").param("month", "" + MONTH.getMonthValue())
                .param("year", "" + MONTH.getYear()).param("problem", "POSTCODE_MISSING")
                .with(as(busy.leadUsername()))).andReturn().getResponse().getContentAsString();
        assertThat(first.split("/edit\"", -1)).hasSize(DatasetValidation.PAGE + 1);
        int at = first.indexOf("after=");
        assertThat(at).isPositive();
        String cursor = first.substring(at + "after=".length(), first.indexOf('"', at));
        String second = mvc.perform(get("/service/dataset/problems").param("month", "" + MONTH.getMonthValue())
                .param("year", "" + MONTH.getYear()).param("problem", "POSTCODE_MISSING").param("after", cursor)
                .with(as(busy.leadUsername()))).andReturn().getResponse().getContentAsString();
        assertThat(second.split("/edit\"", -1)).hasSize(3);
        assertThat(second).doesNotContain("id=\"next-page\"");
    }

    private long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_event where service_id = ?").param(s.id().value())
                .query(Long.class).single();
    }

    private String problems(Problem problem) throws Exception {
        return mvc.perform(get("/service/dataset/problems").param("month", "" + MONTH.getMonthValue())
                .param("year", "" + MONTH.getYear()).param("problem", problem.name()).with(as(s.leadUsername())))
                .andReturn().getResponse().getContentAsString();
    }

    private static String count(String page, Problem problem) {
        String marker = "id=\"count-" + problem.name() + "\">";
        int at = page.indexOf(marker);
        assertThat(at).as(problem.name()).isPositive();
        return page.substring(at + marker.length(), page.indexOf('<', at + marker.length())).strip();
    }

    private Unzipped extract(TestService service) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/service/dataset/extract")
                .param("month", "" + MONTH.getMonthValue()).param("year", "" + MONTH.getYear())
                .with(as(service.leadUsername()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        return new Unzipped(response.getContentAsByteArray());
    }

    private String patientOf(ReferralId referral) {
        return jdbc.sql("select patient_id::text from referral where id = ?").param(referral.value())
                .query(String.class).single();
    }

    private String nhsNumberOf(ReferralId referral) {
        return jdbc.sql("select p.nhs_number from referral r join patient p on p.service_id = r.service_id "
                + "and p.id = r.patient_id where r.id = ?").param(referral.value()).query(String.class).single();
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String field, String value) {
        return rows.stream().filter(r -> value.equals(r.get(field))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + field + " " + value + " in " + rows));
    }
}
