package org.stepwise.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.Booking;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Intervention;
import org.stepwise.contact.Outcome;
import org.stepwise.contact.ReferralWaits;
import org.stepwise.contact.WaitClock;
import org.stepwise.deprivation.DeprivationFixtures;
import org.stepwise.discharge.DischargeService;
import org.stepwise.measures.InstrumentCatalogue;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.InstrumentDefinition;
import org.stepwise.measures.Item;
import org.stepwise.measures.MeasureService;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralDetails;
import org.stepwise.referral.ReferralService;
import org.stepwise.referral.ReferralSource;
import org.stepwise.security.MovableClock;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;


/**
 * The hand-worked referrals ({@link HandWorkedCases}) built through the real services, then every figure checked
 * against the hand-worked answer: on the dashboard the service lead sees, and, referral by referral, in the lists
 * behind each count. A second service with its own referrals must never show up in the first one's figures.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import({MovableClock.Config.class, DeprivationFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandWorkedOutcomesIT extends WebTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired MovableClock clock;
    @Autowired ReferralService referrals;
    @Autowired AppointmentService appointments;
    @Autowired MeasureService measures;
    @Autowired DischargeService discharge;
    @Autowired StaffDirectory staff;
    @Autowired OutcomeQueries queries;
    @Autowired FlowQueries flows;
    @Autowired JdbcClient jdbc;
    @Autowired DeprivationFixtures deprivation;

    private TestService s;
    private TestService elsewhere;
    private StaffId pwp;
    private StaffId hit;
    private ReferralId elsewhereReferral;
    /** The day the cases were built: their days ago count back from it, though the clock has since moved on. */
    private LocalDate built;
    private final Map<String, ReferralId> byName = new LinkedHashMap<>();

    @BeforeAll
    void build() {
        clock.reset();
        s = fixtures.service();
        pwp = s.pwp("Priya Patel");
        hit = s.highIntensity("Hana Hughes");
        LocalDate today = LocalDate.now(clock);
        built = today;
        for (HandWorkedCase c : HandWorkedCases.ALL) {
            byName.put(c.name(), build(s, c, c.step() == 3 ? hit : pwp, today));
        }
        // A recovered referral of another service, which no figure here may ever count.
        elsewhere = fixtures.service();
        HandWorkedCase recovered = HandWorkedCases.ALL.stream().filter(c -> c.name().equals("Fallback")).findFirst()
                .orElseThrow();
        elsewhereReferral = build(elsewhere, recovered, elsewhere.pwp("Paula Elsewhere"), today);
        // Two days on, the person who recovered comes back for a follow-up after discharge.
        clock.advance(Duration.ofDays(2));
        ReferralId followedUp = byName.get("Followedup");
        AppointmentId followUp = appointments.book(s.id(), followedUp, new Booking(pwp, at(today.plusDays(1)), 30,
                AppointmentPurpose.FOLLOW_UP, ConsultationMechanism.TELEPHONE), pwp);
        appointments.recordOutcome(s.id(), followUp, 0, new Outcome(Attendance.ATTENDED, 30, null,
                "Three months on: coping well, relapse plan in use."), pwp);
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    static List<String> endedFigures() {
        return Figures.of(Cohort.ENDED).stream().map(Figure::code).toList();
    }

    static List<String> otherFigures() {
        return Stream.concat(Figures.of(Cohort.SECOND_TREATMENT).stream(),
                Figures.of(Cohort.OPEN).stream()).map(Figure::code).toList();
    }

    static List<String> flowFigures() {
        return Stream.concat(Figures.of(Cohort.RECEIVED).stream(),
                Figures.of(Cohort.ENTERED_TREATMENT).stream()).map(Figure::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"endedFigures", "otherFigures", "flowFigures"})
    void everyCountListsExactlyTheReferralsWorkedOutByHand(String code) {
        Figure figure = Figures.byCode(code).orElseThrow();
        Set<String> expected = HandWorkedCases.ALL.stream().filter(c -> expectedIn(c, figure))
                .map(HandWorkedCase::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = queries.allReferralsBehind(s.id(), Scope.wholeService(), filter(), figure, null, null,
                1000).stream().map(r -> nameOf(r.referralId())).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as(figure.label()).isEqualTo(expected);
        Counts counts = switch (figure.cohort()) {
            case ENDED -> queries.ended(s.id(), Scope.wholeService(), filter()).total();
            case RECEIVED, ENTERED_TREATMENT -> flows.flow(s.id(), Scope.wholeService(), filter()).total();
            default -> queries.totals(s.id(), Scope.wholeService(), filter(), figure.cohort());
        };
        assertThat(counts.of(figure)).as("the count of " + figure.label()).isEqualTo(expected.size());
    }

    @Test
    void theDashboardShowsTheHandWorkedFigures() throws Exception {
        Html page = dashboard(s.leadUsername(), "");
        Map<String, String> expected = new LinkedHashMap<>();
        // 12 ended; all but the one never seen had a treatment appointment; 10 had two or more.
        expected.put("ended", "12");
        expected.put("entered-treatment", "11");
        expected.put("finished", "10");
        // Paired: all finishers but Onescore and Noscores.
        expected.put("completeness", "8 of 10 (80.0%)");
        expected.put("caseness", "7");
        // Recovered: Onemeasure, Fallback, Threshold, Followedup, over 10 finishers less Notcase: under 10, no %.
        expected.put("recovery", "4 of 9");
        expected.put("reliable-recovery", "4 of 9");
        // Reliably improved: the four recovered and Socialphobia.
        expected.put("reliable-improvement", "5 of 10 (50.0%)");
        expected.put("reliable-deterioration", "1 of 10 (10.0%)");
        expected.put("no-reliable-change", "2 of 10 (20.0%)");
        // Within 6 weeks: all finishers but Onemeasure (43 days) and Endsatcase (126 days); 18 weeks: all ten.
        expected.put("within-6-weeks", "8 of 10 (80.0%)");
        expected.put("within-18-weeks", "10 of 10 (100.0%)");
        // Second treatments in the period: 6 within 28 days (Notcase, Threshold, Endsatcase, Onescore, Noscores,
        // Intreatment), 3 at 29-56 (Onemeasure, Fallback, Followedup), Socialphobia 57-90, Mixed over 90.
        expected.put("second-upto28", "6 of 11 (54.5%)");
        expected.put("second-29to56", "3 of 11 (27.3%)");
        expected.put("second-57to90", "1 of 11 (9.1%)");
        expected.put("second-over90", "1 of 11 (9.1%)");
        expected.put("awaiting-assessment-29to56", "1");
        expected.put("awaiting-treatment-over90", "1");
        expected.put("no-contact-61to90", "1");
        expected.put("no-contact-91to120", "1");
        expected.put("no-contact-over120", "0");
        Map<String, String> shown = new LinkedHashMap<>();
        expected.keySet().forEach(id -> shown.put(id, page.text(id)));
        assertThat(shown).isEqualTo(expected);
        assertThat(page.rows("by-step")).anySatisfy(row -> assertThat(row)
                .startsWith("Step 3 1 1 1 of 1 0 of 1 0 of 1 0 of 1 1 of 1"));
    }

    @Test
    void referralsReceivedAndEnteringTreatmentCountInTheMonthOfEach() {
        // The fixture holds what the counts must tell apart: a first treatment in a later month than the referral,
        // and a missed first treatment appointment in an earlier month than the attended one.
        HandWorkedCase notcase = named("Notcase");
        assertThat(monthOf(notcase.entersDaysAgo())).isNotEqualTo(monthOf(notcase.receivedDaysAgo()));
        assertThat(monthOf(named("Missedfirst").entersDaysAgo())).isNotEqualTo(monthOf(45));
        Map<String, List<Integer>> expected = new TreeMap<>();
        for (YearMonth month : filter().period().months()) {
            String key = month.toString();
            List<HandWorkedCase> received = HandWorkedCases.ALL.stream()
                    .filter(c -> monthOf(c.receivedDaysAgo()).equals(key)).toList();
            List<HandWorkedCase> entered = HandWorkedCases.ALL.stream()
                    .filter(c -> c.entersDaysAgo() != null && monthOf(c.entersDaysAgo()).equals(key)).toList();
            expected.put(key, List.of(received.size(), received.size(), entered.size(),
                    (int) entered.stream().filter(c -> c.figures().contains("entering_within_6_weeks")).count(),
                    (int) entered.stream().filter(c -> c.figures().contains("entering_within_18_weeks")).count()));
        }
        FlowReport flow = flows.flow(s.id(), Scope.wholeService(), filter());
        Map<String, List<Integer>> shown = new TreeMap<>();
        flow.months().forEach(row -> shown.put(row.key(), flowCounts(row.counts())));
        assertThat(shown).isEqualTo(expected);
        // 16 received, all self-referrals; 13 entered treatment (all but Neverseen, Waitingassessment and
        // Waitingtreatment); within 6 weeks all but Onemeasure (43 days), Endsatcase (126) and Missedfirst (48).
        assertThat(flowCounts(flow.total())).containsExactly(16, 16, 13, 10, 13);
    }

    @Test
    void theFlowTableShowsTheHandWorkedCountsListsTheirReferralsAndDownloads() throws Exception {
        Html page = dashboard(s.leadUsername(), "");
        Map<String, String> shown = new LinkedHashMap<>();
        for (String id : List.of("flow-received", "flow-self-referrals", "flow-entered", "flow-within-6-weeks",
                "flow-within-18-weeks")) {
            shown.put(id, page.text(id));
        }
        assertThat(shown).containsExactly(Map.entry("flow-received", "16"), Map.entry("flow-self-referrals", "16"),
                Map.entry("flow-entered", "13"), Map.entry("flow-within-6-weeks", "10 of 13 (76.9%)"),
                Map.entry("flow-within-18-weeks", "13 of 13 (100.0%)"));
        assertThat(page.rows("flow")).hasSize(13).last().isEqualTo("All 16 16 13 10 of 13 (76.9%) 13 of 13 (100.0%)");
        assertThat(page.text("flow-chart-data")).contains("Referrals received", "Entered treatment");
        // Notcase's month of referral, and its month of entering treatment: each lists exactly its own referrals.
        HandWorkedCase notcase = named("Notcase");
        for (Map.Entry<Figure, String> count : Map.of(Figures.RECEIVED, monthOf(notcase.receivedDaysAgo()),
                Figures.ENTERING_TREATMENT, monthOf(notcase.entersDaysAgo())).entrySet()) {
            String month = count.getValue();
            String link = page.links("flow").stream()
                    .filter(l -> l.endsWith("&figure=" + count.getKey().code() + "&dimension=month&key=" + month))
                    .findFirst().orElseThrow();
            Html list = page(s.leadUsername(), link);
            Set<String> expected = HandWorkedCases.ALL.stream()
                    .filter(c -> count.getKey() == Figures.RECEIVED ? monthOf(c.receivedDaysAgo()).equals(month)
                            : c.entersDaysAgo() != null && monthOf(c.entersDaysAgo()).equals(month))
                    .map(c -> "/referrals/" + byName.get(c.name())).collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(list.links("referrals"))).as(link).isEqualTo(expected)
                    .contains("/referrals/" + byName.get("Notcase"));
            assertThat(list.text("drill-title")).endsWith(": " + Labels.month(YearMonth.parse(month)));
        }
        String csv = mvc.perform(get("/service/outcomes/table.csv?table=flow").with(as(s.leadUsername())))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(14).startsWith("month,received,self_referrals,entered_treatment,"
                + "entered_within_6_weeks,entered_within_6_weeks_pct,entered_within_18_weeks,"
                + "entered_within_18_weeks_pct").endsWith("total,16,16,13,10,76.9,13,100.0");
    }

    @Test
    void outcomesAreBrokenDownByEthnicGroupWithThoseNotYetAskedApart() throws Exception {
        jdbc.sql("update patient set ethnic_category = 'H' where service_id = ? and id = "
                        + "(select patient_id from referral where service_id = ? and id = ?)")
                .params(s.id().value(), s.id().value(), byName.get("Fallback").value()).update();
        Html page = dashboard(s.leadUsername(), "");
        assertThat(page.rows("by-ethnicity")).anySatisfy(row -> assertThat(row)
                .startsWith("Asian or Asian British: Indian 1 "));
        assertThat(page.rows("by-ethnicity")).anySatisfy(row -> assertThat(row).startsWith("Not yet asked 11 "));
    }

    @Test
    void outcomesAreBrokenDownByTheDeprivationDecileOfThePostcodeWithTheRestNotKnown() throws Exception {
        deprivation.loadExamples();
        // Notcase and Fallback live in LSOA E01999901 (decile 1), Fallback's postcode as the form may keep it, with
        // no space; Threshold in decile 10 and Mixed in decile 5. Onemeasure's LSOA has no decile in the IMD file,
        // Onescore's postcode is in neither file, and the other six ended referrals' people have no postcode.
        Map<String, String> postcodes = Map.of("Notcase", "YO1 7HH", "Fallback", "YO17HJ", "Threshold", "YO10 3DD",
                "Mixed", "YO31 8SS", "Onemeasure", "YO26 4AB", "Onescore", "YO99 9ZZ");
        postcodes.forEach((name, postcode) -> jdbc.sql("update patient set postcode = ? where service_id = ? and id = "
                        + "(select patient_id from referral where service_id = ? and id = ?)")
                .params(postcode, s.id().value(), s.id().value(), byName.get(name).value()).update());

        Html page = dashboard(s.leadUsername(), "");

        // Ended, finished, paired, recovery: Notcase was not at caseness, so only Fallback, who recovered, is in
        // decile 1's recovery denominator; Threshold recovered; Mixed deteriorated.
        assertThat(page.rows("by-deprivation")).satisfiesExactly(
                row -> assertThat(row).startsWith("1 \u2013 most deprived 2 2 2 of 2 1 of 1 "),
                row -> assertThat(row).startsWith("5 1 1 1 of 1 0 of 1 "),
                row -> assertThat(row).startsWith("10 \u2013 least deprived 1 1 1 of 1 1 of 1 "),
                row -> assertThat(row).startsWith("Not known 8 "));
        assertThat(queries.allReferralsBehind(s.id(), Scope.wholeService(), filter(), Figures.ENDED,
                Dimension.DEPRIVATION, "1", 1000)).extracting(r -> nameOf(r.referralId()))
                .containsExactlyInAnyOrder("Notcase", "Fallback");
        assertThat(queries.allReferralsBehind(s.id(), Scope.wholeService(), filter(), Figures.ENDED,
                Dimension.DEPRIVATION, "", 1000)).extracting(r -> nameOf(r.referralId()))
                .containsExactlyInAnyOrder("Onemeasure", "Onescore", "Socialphobia", "Endsatcase", "Oncetreated",
                        "Followedup", "Noscores", "Neverseen");
        String csv = mvc.perform(get("/service/outcomes/table.csv?table=outcomes").with(as(s.leadUsername())))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().filter(l -> l.startsWith("deprivation,"))
                .map(l -> l.split(",")[1] + " " + l.split(",")[2])).containsExactly("\"1 \u2013 most deprived\" 2", "\"5\" 1", "\"10 \u2013 least deprived\" 1",
                        "\"Not known\" 8");
    }

    @Test
    void filteringByStepAndPractitionerNarrowsEveryFigure() throws Exception {
        Html stepThree = dashboard(s.leadUsername(), "step=3");
        assertThat(stepThree.text("ended")).isEqualTo("1");
        assertThat(stepThree.text("reliable-deterioration")).isEqualTo("1 of 1");
        Html priya = dashboard(s.leadUsername(), "practitioner=" + pwp);
        // Everyone but Mixed (Hana's) and Neverseen (nobody's) ended with Priya; without Mixed, 8 finished at
        // caseness or unpaired.
        assertThat(priya.text("ended")).isEqualTo("10");
        assertThat(priya.text("recovery")).isEqualTo("4 of 8");
        // Received and entering treatment are narrowed the same way: Mixed is the only step 3 referral; Priya has
        // all but Mixed and the two never allocated (Neverseen, Waitingassessment), who never entered treatment.
        assertThat(List.of(stepThree.text("flow-received"), stepThree.text("flow-entered"))).containsExactly("1", "1");
        assertThat(List.of(priya.text("flow-received"), priya.text("flow-entered"))).containsExactly("13", "12");
    }

    @Test
    void badFilterInputIsShownOnTheFormNotAFailure() throws Exception {
        var result = mvc.perform(get("/service/outcomes?from=2026-13&step=9&practitioner=nobody")
                .with(as(s.leadUsername()))).andReturn().getResponse();
        assertThat(result.getStatus()).isEqualTo(200);
        Html page = new Html(result.getContentAsString());
        assertThat(page.errors()).containsExactly(
                "Enter the first month as a year and month, for example 2026-04", "Choose step 2, step 3 or both",
                "Choose a practitioner from the list");
        assertThat(page.text("ended")).isEqualTo("12");
    }

    @Test
    void theListBehindACountLinksToEachReferralAndIsAudited() throws Exception {
        Html list = page(s.leadUsername(), "/service/outcomes/referrals?figure=recovered");
        Set<String> links = new TreeSet<>(list.links("referrals"));
        Set<String> expected = new TreeSet<>();
        for (String name : List.of("Onemeasure", "Fallback", "Threshold", "Followedup")) {
            expected.add("/referrals/" + byName.get(name));
        }
        assertThat(links).isEqualTo(expected);
        List<String> listed = jdbc.sql("""
                        select unnest(listed_patients)::text from audit_event
                         where chain_id = ? and record_type = 'OUTCOME_REFERRALS' and action = 'READ'
                         order by seq desc
                        """).param(s.id().value()).query(String.class).list();
        Set<String> patients = new TreeSet<>();
        for (String name : List.of("Onemeasure", "Fallback", "Threshold", "Followedup")) {
            patients.add(referrals.get(s.id(), byName.get(name)).patientId().toString());
        }
        assertThat(listed).containsAll(patients);
    }

    @Test
    void downloadingTheListIsAnExportOfEachPersonInIt() throws Exception {
        var response = mvc.perform(get("/service/outcomes/referrals.csv?figure=deteriorated")
                .with(as(s.leadUsername()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).startsWith("referral_id,patient,").contains(
                byName.get("Mixed").toString());
        String mixedPatient = referrals.get(s.id(), byName.get("Mixed")).patientId().toString();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where chain_id = ? and action = 'EXPORT'
                           and patient_id = ?::uuid and record_type = 'REFERRAL'
                        """).params(s.id().value(), mixedPatient).query(Integer.class).single()).isPositive();
    }

    @Test
    void aggregateTablesDownloadWithTheSameNumbers() throws Exception {
        String csv = mvc.perform(get("/service/outcomes/table.csv?table=outcomes").with(as(s.leadUsername())))
                .andReturn().getResponse().getContentAsString();
        // total row: ended 12, entered 11, finished 10, paired 8, completeness 80.0, caseness 7, not caseness 1,
        // recovered 4 of 9 (no percentage under 10), reliably recovered 4, improved 5 (50.0), deteriorated 1 (10.0),
        // no change 2, within 6 weeks 8 (80.0), within 18 weeks 10 (100.0).
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("total,\"All\",12,11,10,8,80.0,7,1,4,9,,4,,5,50.0,1,10.0,2,8,80.0,10,100.0");
    }

    @Test
    void anotherServicesReferralsNeverAppear() throws Exception {
        for (Figure figure : Stream.of(Cohort.ENDED, Cohort.RECEIVED, Cohort.ENTERED_TREATMENT)
                .flatMap(c -> Figures.of(c).stream()).toList()) {
            assertThat(queries.allReferralsBehind(s.id(), Scope.wholeService(), filter(), figure, null, null, 1000))
                    .extracting(DrillRow::referralId).doesNotContain(elsewhereReferral);
        }
        Html theirs = dashboard(elsewhere.leadUsername(), "");
        assertThat(theirs.text("ended")).isEqualTo("1");
        assertThat(theirs.text("recovery")).isEqualTo("1 of 1");
        // Their practitioner's page, and a list named by one of ours, are not there for them.
        int status = mvc.perform(get("/outcomes/practitioners/" + pwp).with(as(elsewhere.leadUsername())))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
        Html list = page(elsewhere.leadUsername(), "/service/outcomes/referrals?figure=ended");
        assertThat(list.links("referrals"))
                .containsExactly("/referrals/" + elsewhereReferral);
    }

    @Test
    void aPractitionerSeesTheirOwnAndTheirSupervisorSeesThemSideBySide() throws Exception {
        Html own = page(s.username("Priya Patel"), "/outcomes/practitioners/" + pwp);
        assertThat(own.text("ended")).isEqualTo("10");
        // Under 10 people: numbers only, never a bare percentage.
        assertThat(own.text("recovery")).isEqualTo("4 of 8");
        Html hana = page(s.username("Hana Hughes"), "/outcomes/practitioners/" + hit);
        assertThat(hana.text("reliable-deterioration")).isEqualTo("1 of 1");
        Html supervisor = page(s.supervisorUsername(), "/supervision/outcomes");
        assertThat(supervisor.rows("supervisees")).contains(
                "Hana Hughes 1 1 1 of 1 0 of 1 0 of 1 0 of 1 1 of 1",
                "Priya Patel 10 9 7 of 9 4 of 8 4 of 8 5 of 9 0 of 9");
        // Whose referrals a page covers narrows the flow counts and their lists too.
        assertThat(flowCounts(flows.flow(s.id(), Scope.of(List.of(hit)), filter()).total()))
                .containsExactly(1, 1, 1, 1, 1);
        Html hanasEntries = page(s.username("Hana Hughes"),
                "/outcomes/practitioners/" + hit + "/referrals?figure=entering_treatment");
        assertThat(hanasEntries.links("referrals")).containsExactly("/referrals/" + byName.get("Mixed"));
        int status = mvc.perform(get("/outcomes/practitioners/" + hit).with(as(s.username("Priya Patel"))))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void eachReferralsOwnClocksAreLiveUntilTheyStop() {
        // Onemeasure: referred 120 days ago, assessed at 110, treated at 77 and 47 (days before the first day).
        assertThat(clocksOf(byName.get("Onemeasure"))).isEqualTo(new ReferralWaits(
                WaitClock.stopped(10), WaitClock.stopped(43), WaitClock.stopped(30)));
        // Waitingtreatment: referred 130 days ago, assessed at 100, never treated; the clock has moved two days on.
        assertThat(clocksOf(byName.get("Waitingtreatment"))).isEqualTo(new ReferralWaits(
                WaitClock.stopped(30), WaitClock.running(132), WaitClock.notStarted()));
        // Neverseen ended 20 days after referral: its clocks stopped that day, with nobody treated.
        assertThat(clocksOf(byName.get("Neverseen")).toTreatment())
                .isEqualTo(WaitClock.referralEnded(20));
    }

    /** A referral's clocks as its page works them out: from its dates and its appointments, read today. */
    private ReferralWaits clocksOf(ReferralId id) {
        Referral referral = referrals.get(s.id(), id);
        return ReferralWaits.of(referral.details().receivedDate(), referral.endedDate(),
                appointments.course(s.id(), id), LocalDate.now(clock));
    }

    private boolean expectedIn(HandWorkedCase c, Figure figure) {
        if (figure.cohort() == Cohort.SECOND_TREATMENT) {
            return c.secondBand() != null && (figure == Figures.SECOND_TREATMENTS
                    || figure.code().equals("second_" + c.secondBand()));
        }
        if (figure.cohort() == Cohort.OPEN && figure == Figures.OPEN) {
            return !c.ends();
        }
        if (figure.cohort() == Cohort.RECEIVED) {
            // Every case is received in the period, and as a self-referral (HandWorkedCases).
            return true;
        }
        return c.figures().contains(figure.code());
    }

    private static HandWorkedCase named(String name) {
        return HandWorkedCases.ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private String monthOf(int daysAgo) {
        return YearMonth.from(built.minusDays(daysAgo)).toString();
    }

    /** Received, self-referrals, entered treatment, within 6 weeks, within 18 weeks. */
    private static List<Integer> flowCounts(Counts c) {
        return List.of(c.of(Figures.RECEIVED), c.of(Figures.SELF_REFERRALS), c.of(Figures.ENTERING_TREATMENT),
                c.of(Figures.ENTERING_WITHIN_SIX_WEEKS), c.of(Figures.ENTERING_WITHIN_EIGHTEEN_WEEKS));
    }

    private OutcomeFilter filter() {
        return new OutcomeFilter(Period.lastTwelveMonths(LocalDate.now(clock)), null, null);
    }

    private String nameOf(ReferralId id) {
        return byName.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst()
                .orElse("unknown " + id);
    }

    private Html dashboard(String username, String query) throws Exception {
        return page(username, "/service/outcomes?" + query);
    }

    private Html page(String username, String path) throws Exception {
        var response = mvc.perform(get(path).with(as(username))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return new Html(response.getContentAsString());
    }

    /** Builds one case through the services a clinician's pages use, as the service lead or its practitioner. */
    private ReferralId build(TestService service, HandWorkedCase c, StaffId practitioner, LocalDate today) {
        ReferralId id = referrals.receive(service.id(), service.patient("Test", c.name()),
                new ReferralDetails(today.minusDays(c.receivedDaysAgo()), ReferralSource.B1, null,
                        "Low mood and worry", c.descriptor()), service.allocator());
        if (c.step() != 0) {
            referrals.allocate(service.id(), id, 0, c.step(), staff.get(service.id(), practitioner), null,
                    service.allocator());
        }
        for (HandWorkedCase.Contact contact : c.contacts().stream()
                .sorted((a, b) -> Integer.compare(b.daysAgo(), a.daysAgo())).toList()) {
            AppointmentId a = appointments.book(service.id(), id, new Booking(practitioner,
                    at(today.minusDays(contact.daysAgo())), 30, contact.purpose(), ConsultationMechanism.TELEPHONE),
                    practitioner);
            if (!contact.attended()) {
                appointments.recordOutcome(service.id(), a, 0, new Outcome(Attendance.DID_NOT_ATTEND, null, null,
                        null), practitioner);
                continue;
            }
            Intervention intervention = !contact.purpose().treatment() ? null
                    : c.step() == 3 ? Intervention.CBT : Intervention.GUIDED_SELF_HELP_BOOK;
            appointments.recordOutcome(service.id(), a, 0, new Outcome(Attendance.ATTENDED, 30, intervention,
                    "Session held."), practitioner);
        }
        for (HandWorkedCase.Score score : c.scores()) {
            measures.record(service.id(), id, null, score.instrument(), summingTo(score.instrument(), score.total()),
                    today.minusDays(score.daysAgo()), practitioner);
        }
        if (c.ends()) {
            EndingCode code = c.contacts().stream().anyMatch(x -> x.attended() && x.purpose().treatment())
                    ? EndingCode.COMPLETED
                    : c.contacts().isEmpty() ? EndingCode.NOT_ASSESSED : EndingCode.INCOMPLETE_ASSESSMENT;
            discharge.end(service.id(), id, referrals.get(service.id(), id).version(), code, "Worked example",
                    service.lead(), EnumSet.of(Role.SERVICE_LEAD));
        }
        return id;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(LONDON).toInstant();
    }

    /** Answers filled from the first item up to each item's highest, so that they add up to {@code total}. */
    private static Map<Integer, Integer> summingTo(InstrumentCode code, int total) {
        InstrumentDefinition definition = InstrumentCatalogue.standard().get(code);
        Map<Integer, Integer> answers = new HashMap<>();
        int remaining = total - definition.items().stream().mapToInt(Item::lowest).sum();
        for (Item item : definition.items()) {
            int extra = Math.min(remaining, item.highest() - item.lowest());
            answers.put(item.number(), item.lowest() + extra);
            remaining -= extra;
        }
        return answers;
    }

}
