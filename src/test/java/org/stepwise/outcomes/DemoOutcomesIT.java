package org.stepwise.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stepwise.IntegrationTest;
import org.stepwise.WebTest;
import org.stepwise.demo.DemoGenerator;
import org.stepwise.demo.DemoPlan;
import org.stepwise.deprivation.Postcodes;
import org.stepwise.shared.ServiceId;

/**
 * The demo service's figures recomputed in Java, straight from each referral's stored outcome, dates and
 * appointments, must equal what the dashboard's SQL gives: every figure, overall and in every breakdown row, the
 * waits, and missed appointments by month.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOutcomesIT extends WebTest {

    private static final Set<String> OPEN = Set.of("AWAITING_TRIAGE", "WAITING", "ALLOCATED", "IN_TREATMENT");
    private static final Set<String> TREATMENT = Set.of("02", "03", "05");
    private static final Set<String> ATTENDED = Set.of("5", "6");

    @Autowired DemoGenerator generator;
    @Autowired OutcomeQueries queries;
    @Autowired FlowQueries flows;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    private String prefix;
    private ServiceId service;
    private OutcomeFilter filter;
    private LocalDate today;
    private final List<Facts> referrals = new ArrayList<>();

    /** One referral as the test reads it, with no help from the SQL under test. */
    record Facts(UUID id, LocalDate received, LocalDate ended, String status, Integer step, UUID practitioner,
                 String source, String gender, String ethnicity, String deprivation, LocalDate born,
                 Map<String, Boolean> stored, List<Visit> visits) {
    }

    record Visit(LocalDate day, String purpose, String attendance, String intervention) {
    }

    @BeforeAll
    void generate() {
        prefix = "oc" + Long.toHexString(System.nanoTime()) + "-";
        service = generator.generate(new DemoPlan(300, 2026, 1, prefix)).services().get(0);
        today = LocalDate.now(clock);
        filter = new OutcomeFilter(new Period(YearMonth.from(today).minusMonths(Period.MAX_MONTHS - 1),
                YearMonth.from(today)), null, null);
        ZoneId zone = clock.getZone();
        Map<String, String> deciles = someDemoPostcodesGivenDeciles();
        Map<UUID, List<Visit>> visits = new HashMap<>();
        jdbc.sql("""
                        select referral_id, starts_at, purpose, attendance, intervention from appointment
                         where service_id = ? order by referral_id, starts_at, id
                        """).param(service.value()).query(rs -> {
            visits.computeIfAbsent(rs.getObject("referral_id", UUID.class), k -> new ArrayList<>()).add(new Visit(
                    rs.getTimestamp("starts_at").toInstant().atZone(zone).toLocalDate(), rs.getString("purpose"),
                    rs.getString("attendance"), rs.getString("intervention")));
        });
        jdbc.sql("""
                        select r.id, r.received_date, r.ended_date, r.status, r.step, r.practitioner_id, r.source_code,
                               p.gender, coalesce(p.ethnic_category, '') as ethnic_category, p.postcode, p.date_of_birth, o.finished_treatment, o.paired, o.caseness_at_start,
                               o.recovered, o.reliable_improvement, o.reliable_deterioration, o.no_reliable_change,
                               o.reliable_recovery
                          from referral r
                          join patient p on p.service_id = r.service_id and p.id = r.patient_id
                          left join referral_outcome o on o.service_id = r.service_id and o.referral_id = r.id
                         where r.service_id = ?
                        """).param(service.value()).query(rs -> {
            Map<String, Boolean> stored = new HashMap<>();
            for (String flag : List.of("finished_treatment", "paired", "caseness_at_start", "recovered",
                    "reliable_improvement", "reliable_deterioration", "no_reliable_change", "reliable_recovery")) {
                stored.put(flag, rs.getBoolean(flag));
            }
            UUID id = rs.getObject("id", UUID.class);
            referrals.add(new Facts(id, rs.getDate("received_date").toLocalDate(),
                    rs.getDate("ended_date") == null ? null : rs.getDate("ended_date").toLocalDate(),
                    rs.getString("status"), (Integer) rs.getObject("step"), rs.getObject("practitioner_id", UUID.class),
                    rs.getString("source_code"), rs.getString("gender"), rs.getString("ethnic_category"),
                    deciles.getOrDefault(String.valueOf(Postcodes.normalise(rs.getString("postcode"))), ""),
                    rs.getDate("date_of_birth").toLocalDate(),
                    stored, visits.getOrDefault(id, List.of())));
        });
    }

    @Test
    void everyOutcomeFigureInEveryBreakdownMatchesTheRecount() {
        EndedReport report = queries.ended(service, Scope.wholeService(), filter);
        List<Facts> ended = referrals.stream().filter(f -> f.ended() != null && inPeriod(f.ended())).toList();
        assertThat(ended).hasSizeGreaterThan(50);
        assertThat(report.total().byFigure()).isEqualTo(count(ended));
        assertThat(report.total().of(Figures.RECOVERED)).isPositive();
        assertThat(report.total().of(Figures.UNPAIRED) + report.total().of(Figures.NOT_CASENESS)).isPositive();
        for (Dimension dimension : Dimension.values()) {
            Map<String, Map<String, Integer>> expected = new TreeMap<>();
            for (Facts f : ended) {
                expected.putIfAbsent(key(dimension, f), Map.of());
            }
            expected.replaceAll((key, unused) -> count(ended.stream().filter(f -> key(dimension, f).equals(key))
                    .toList()));
            Map<String, Map<String, Integer>> shown = new TreeMap<>();
            report.by(dimension).stream().filter(r -> r.counts().of(Figures.ENDED) > 0)
                    .forEach(r -> shown.put(r.key(), r.counts().byFigure()));
            assertThat(shown).as("by " + dimension).isEqualTo(expected);
        }
        assertThat(report.by(Dimension.MONTH)).hasSize(Period.MAX_MONTHS);
    }

    @Test
    void firstToSecondTreatmentWaitsMatchTheRecount() {
        Map<String, Integer> expected = new HashMap<>();
        for (Figure f : Figures.of(Cohort.SECOND_TREATMENT)) {
            expected.put(f.code(), 0);
        }
        for (Facts f : referrals) {
            List<LocalDate> treatments = treatments(f, null);
            if (treatments.size() >= 2 && inPeriod(treatments.get(1))) {
                long gap = ChronoUnit.DAYS.between(treatments.get(0), treatments.get(1));
                expected.merge(Figures.SECOND_TREATMENTS.code(), 1, Integer::sum);
                Band.WAITS.stream().filter(b -> b.contains(gap))
                        .forEach(b -> expected.merge(Figures.secondTreatmentWait(b).code(), 1, Integer::sum));
            }
        }
        assertThat(expected.get(Figures.SECOND_TREATMENTS.code())).isGreaterThan(50);
        assertThat(queries.totals(service, Scope.wholeService(), filter, Cohort.SECOND_TREATMENT).byFigure())
                .isEqualTo(expected);
    }

    @Test
    void waitingAndStaleOpenReferralsMatchTheRecount() {
        Map<String, Integer> expected = new HashMap<>();
        for (Figure f : Figures.of(Cohort.OPEN)) {
            expected.put(f.code(), 0);
        }
        for (Facts f : referrals.stream().filter(f -> OPEN.contains(f.status())).toList()) {
            List<Visit> seen = f.visits().stream().filter(v -> v.attendance() != null && ATTENDED.contains(v.attendance())).toList();
            boolean assessed = seen.stream().anyMatch(v -> v.purpose().equals("01") || v.purpose().equals("03"));
            boolean treated = seen.stream().anyMatch(v -> TREATMENT.contains(v.purpose()));
            long waiting = ChronoUnit.DAYS.between(f.received(), today);
            LocalDate lastSeen = seen.stream().map(Visit::day).max(LocalDate::compareTo).orElse(f.received());
            long sinceContact = ChronoUnit.DAYS.between(lastSeen, today);
            expected.merge(Figures.OPEN.code(), 1, Integer::sum);
            for (Band band : Band.WAITS) {
                if (!assessed && !treated && band.contains(waiting)) {
                    expected.merge(Figures.AWAITING_ASSESSMENT.code(), 1, Integer::sum);
                    expected.merge(Figures.awaitingAssessment(band).code(), 1, Integer::sum);
                }
                if (assessed && !treated && band.contains(waiting)) {
                    expected.merge(Figures.AWAITING_TREATMENT.code(), 1, Integer::sum);
                    expected.merge(Figures.awaitingTreatment(band).code(), 1, Integer::sum);
                }
            }
            Band.NO_CONTACT.stream().filter(b -> b.contains(sinceContact))
                    .forEach(b -> expected.merge(Figures.noContact(b).code(), 1, Integer::sum));
        }
        assertThat(expected.get(Figures.OPEN.code())).isGreaterThan(20);
        assertThat(queries.totals(service, Scope.wholeService(), filter, Cohort.OPEN).byFigure()).isEqualTo(expected);
    }

    @Test
    void referralsReceivedAndEnteringTreatmentByMonthMatchTheRecount() {
        List<Figure> figures = new ArrayList<>(Figures.of(Cohort.RECEIVED));
        figures.addAll(Figures.of(Cohort.ENTERED_TREATMENT));
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        for (YearMonth month : filter.period().months()) {
            Map<String, Integer> zero = new HashMap<>();
            figures.forEach(f -> zero.put(f.code(), 0));
            expected.put(month.toString(), zero);
        }
        int laterMonth = 0;
        for (Facts f : referrals) {
            if (inPeriod(f.received())) {
                Map<String, Integer> month = expected.get(YearMonth.from(f.received()).toString());
                month.merge("received", 1, Integer::sum);
                month.merge("self_referrals", f.source().equals("B1") ? 1 : 0, Integer::sum);
            }
            // The first attended treatment appointment, not counting any after the referral ended.
            List<LocalDate> treatments = treatments(f, f.ended());
            if (!treatments.isEmpty() && inPeriod(treatments.get(0))) {
                LocalDate first = treatments.get(0);
                long wait = ChronoUnit.DAYS.between(f.received(), first);
                Map<String, Integer> month = expected.get(YearMonth.from(first).toString());
                month.merge("entering_treatment", 1, Integer::sum);
                month.merge("entering_within_6_weeks", wait <= 42 ? 1 : 0, Integer::sum);
                month.merge("entering_within_18_weeks", wait <= 126 ? 1 : 0, Integer::sum);
                laterMonth += YearMonth.from(first).equals(YearMonth.from(f.received())) ? 0 : 1;
            }
        }
        assertThat(figures).extracting(Figure::code).containsExactlyInAnyOrder("received", "self_referrals",
                "entering_treatment", "entering_within_6_weeks", "entering_within_18_weeks");
        FlowReport flow = flows.flow(service, Scope.wholeService(), filter);
        Map<String, Map<String, Integer>> shown = new TreeMap<>();
        flow.months().forEach(row -> shown.put(row.key(), byCode(row.counts(), figures)));
        assertThat(shown).isEqualTo(expected);
        Map<String, Integer> total = new HashMap<>();
        expected.values().forEach(month -> month.forEach((code, n) -> total.merge(code, n, Integer::sum)));
        assertThat(byCode(flow.total(), figures)).isEqualTo(total);
        assertThat(total.get("received")).isGreaterThan(50);
        assertThat(total.get("entering_treatment")).isGreaterThan(50);
        assertThat(total.get("self_referrals")).isPositive().isLessThan(total.get("received"));
        assertThat(total.get("entering_within_6_weeks")).isLessThan(total.get("entering_treatment"));
        assertThat(laterMonth).as("people entering treatment in a later month than referred").isPositive();
    }

    @Test
    void missedAppointmentsByMonthMatchTheRecount() {
        Map<YearMonth, int[]> expected = new TreeMap<>();
        for (Facts f : referrals) {
            for (Visit v : f.visits()) {
                if (v.attendance() != null && inPeriod(v.day())) {
                    int[] counts = expected.computeIfAbsent(YearMonth.from(v.day()), m -> new int[2]);
                    counts[0] += v.attendance().equals("3") ? 1 : 0;
                    counts[1] += Set.of("3", "5", "6", "7").contains(v.attendance()) ? 1 : 0;
                }
            }
        }
        Map<YearMonth, int[]> shown = new TreeMap<>();
        queries.dnaByMonth(service, Scope.wholeService(), filter).stream().filter(m -> m.expected() > 0)
                .forEach(m -> shown.put(m.month(), new int[] {m.didNotAttend(), m.expected()}));
        assertThat(shown).usingRecursiveComparison().isEqualTo(expected);
        assertThat(shown.values().stream().mapToInt(c -> c[0]).sum()).isPositive();
    }

    @Test
    void theDashboardAndTheListsBehindItOpenOnTheDemo() throws Exception {
        String period = filter.query();
        Html page = get("/service/outcomes?" + period);
        EndedReport report = queries.ended(service, Scope.wholeService(), filter);
        assertThat(page.text("ended")).isEqualTo(String.valueOf(report.total().of(Figures.ENDED)));
        assertThat(page.text("recovery")).isEqualTo(RateText.of(report.total().recovery()));
        List<String> lists = page.links("main-content").stream()
                .filter(l -> l.startsWith("/service/outcomes/referrals")).distinct().toList();
        assertThat(lists).hasSizeGreaterThan(100);
        for (String list : lists.subList(0, 40)) {
            assertThat(get(list).rows("referrals")).as(list).isNotEmpty();
        }
        assertThat(page.text("flow-received")).isEqualTo(String.valueOf(
                flows.flow(service, Scope.wholeService(), filter).total().of(Figures.RECEIVED)));
        for (String table : List.of("outcomes", "waits", "caseloads", "missed", "flow")) {
            String path = "/service/outcomes/table.csv?table=" + table + "&" + period;
            var csv = mvc.perform(MockMvcRequestBuilders.get(path).with(as(prefix + "lead"))).andReturn().getResponse();
            assertThat(csv.getStatus()).isEqualTo(200);
            assertThat(csv.getContentAsString().lines().count()).as(table).isGreaterThan(1);
        }
    }

    private Html get(String path) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get(path).with(as(prefix + "lead"))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return new Html(response.getContentAsString());
    }

    /** The figures a set of ended referrals counts in, each rule written out again here. */
    private Map<String, Integer> count(List<Facts> ended) {
        Map<String, Predicate<Facts>> rules = new HashMap<>();
        rules.put("ended", f -> true);
        rules.put("entered_treatment", f -> !treatments(f, f.ended()).isEmpty());
        rules.put("finished", f -> flag(f, "finished_treatment"));
        rules.put("paired", f -> flag(f, "finished_treatment") && flag(f, "paired"));
        rules.put("unpaired", f -> flag(f, "finished_treatment") && !flag(f, "paired"));
        rules.put("caseness", f -> flag(f, "finished_treatment") && flag(f, "paired") && flag(f, "caseness_at_start"));
        rules.put("not_caseness", f -> flag(f, "finished_treatment") && flag(f, "paired")
                && !flag(f, "caseness_at_start"));
        rules.put("recovery_base", f -> flag(f, "finished_treatment")
                && !(flag(f, "paired") && !flag(f, "caseness_at_start")));
        rules.put("recovered", f -> flag(f, "finished_treatment") && flag(f, "recovered"));
        rules.put("improved", f -> flag(f, "finished_treatment") && flag(f, "reliable_improvement"));
        rules.put("deteriorated", f -> flag(f, "finished_treatment") && flag(f, "reliable_deterioration"));
        rules.put("no_change", f -> flag(f, "finished_treatment") && flag(f, "no_reliable_change"));
        rules.put("reliably_recovered", f -> flag(f, "finished_treatment") && flag(f, "reliable_recovery"));
        rules.put("within_6_weeks", f -> flag(f, "finished_treatment") && waitDays(f) <= 42);
        rules.put("within_18_weeks", f -> flag(f, "finished_treatment") && waitDays(f) <= 126);
        assertThat(rules.keySet()).containsExactlyInAnyOrderElementsOf(
                Figures.of(Cohort.ENDED).stream().map(Figure::code).toList());
        Map<String, Integer> counts = new HashMap<>();
        rules.forEach((code, rule) -> counts.put(code, (int) ended.stream().filter(rule).count()));
        return counts;
    }

    private String key(Dimension dimension, Facts f) {
        return switch (dimension) {
            case MONTH -> YearMonth.from(f.ended()).toString();
            case STEP -> f.step() == null ? "" : f.step().toString();
            case PRACTITIONER -> f.practitioner() == null ? "" : f.practitioner().toString();
            case INTERVENTION -> f.visits().stream().filter(v -> attendedTreatment(v) && !v.day().isAfter(f.ended())
                    && v.intervention() != null).map(Visit::intervention).reduce((a, b) -> b).orElse("");
            case SOURCE -> f.source();
            case AGE_BAND -> {
                long years = java.time.Period.between(f.born(), f.received()).getYears();
                yield Band.AGES.stream().filter(b -> b.contains(years)).map(Band::code).findFirst().orElse("");
            }
            case GENDER -> f.gender();
            case ETHNICITY -> f.ethnicity();
            case DEPRIVATION -> f.deprivation();
        };
    }

    /**
     * Replaces the national reference tables with deciles for three in four of the demo's postcodes (the rest are
     * not found), and returns the same as postcode to decile, to recount from.
     */
    private Map<String, String> someDemoPostcodesGivenDeciles() {
        List<String> postcodes = jdbc.sql("select distinct postcode from patient where service_id = ?")
                .param(service.value()).query(String.class).list().stream().map(Postcodes::normalise)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
        jdbc.sql("delete from deprivation_postcode").update();
        jdbc.sql("delete from deprivation_lsoa").update();
        Map<String, String> deciles = new HashMap<>();
        for (int i = 0; i < postcodes.size(); i++) {
            String lsoa = "E0199%04d".formatted(i);
            jdbc.sql("insert into deprivation_postcode (postcode, lsoa_code) values (?, ?)")
                    .params(postcodes.get(i), lsoa).update();
            if (i % 4 != 3) {
                int decile = i % 10 + 1;
                jdbc.sql("insert into deprivation_lsoa (lsoa_code, imd_decile) values (?, ?)").params(lsoa, decile)
                        .update();
                deciles.put(postcodes.get(i), String.valueOf(decile));
            }
        }
        assertThat(deciles).hasSizeGreaterThan(50);
        return deciles;
    }

    private static Map<String, Integer> byCode(Counts counts, List<Figure> figures) {
        Map<String, Integer> byCode = new HashMap<>();
        figures.forEach(f -> byCode.put(f.code(), counts.of(f)));
        return byCode;
    }

    private static boolean flag(Facts f, String name) {
        return Boolean.TRUE.equals(f.stored().get(name));
    }

    private long waitDays(Facts f) {
        List<LocalDate> treatments = treatments(f, f.ended());
        return treatments.isEmpty() ? Long.MAX_VALUE : ChronoUnit.DAYS.between(f.received(), treatments.get(0));
    }

    /** Attended treatment appointment days in order, up to {@code until} if given. */
    private static List<LocalDate> treatments(Facts f, LocalDate until) {
        return f.visits().stream().filter(DemoOutcomesIT::attendedTreatment)
                .filter(v -> until == null || !v.day().isAfter(until)).map(Visit::day).toList();
    }

    private static boolean attendedTreatment(Visit v) {
        return v.attendance() != null && ATTENDED.contains(v.attendance()) && TREATMENT.contains(v.purpose());
    }

    private boolean inPeriod(LocalDate day) {
        return !day.isBefore(filter.period().firstDay()) && !day.isAfter(filter.period().lastDay());
    }

}
