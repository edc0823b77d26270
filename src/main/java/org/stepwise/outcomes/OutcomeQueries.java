package org.stepwise.outcomes;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.Slice;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/**
 * The reports' SQL: each table is one aggregate query over a cohort's per-referral facts (grouping sets give every
 * breakdown in the same pass), and each drill-down is one keyset-paginated query over the same facts.
 */
@Service
public class OutcomeQueries {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    OutcomeQueries(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    /** Referrals that ended in the period: the total and every breakdown, in one query. */
    @Transactional(readOnly = true)
    public EndedReport ended(ServiceId service, Scope scope, OutcomeFilter filter) {
        CohortSql cohort = cohort(Cohort.ENDED, service, scope, filter);
        List<Dimension> dimensions = List.of(Dimension.values());
        String sql = endedQuery(cohort);
        Map<String, String> names = staffNames(service);
        Counts[] total = {Counts.none()};
        Map<Dimension, List<ReportRow>> rows = new EnumMap<>(Dimension.class);
        jdbc.sql(sql).params(cohort.params()).query(rs -> {
            Counts counts = counts(rs, Figures.of(Cohort.ENDED));
            Dimension grouped = null;
            for (Dimension d : dimensions) {
                if (rs.getString(d.column()) != null) {
                    grouped = d;
                }
            }
            if (grouped == null) {
                total[0] = counts;
            } else {
                String key = rs.getString(grouped.column());
                rows.computeIfAbsent(grouped, d -> new ArrayList<>())
                        .add(new ReportRow(grouped, key, Labels.of(grouped, key, names), counts));
            }
        });
        rows.replaceAll((d, list) -> sorted(d, list));
        rows.put(Dimension.MONTH, everyMonth(filter.period(), rows.getOrDefault(Dimension.MONTH, List.of())));
        return new EndedReport(total[0], rows);
    }

    /** The outcome table's one query: every ended figure, in total and by every breakdown. */
    static String endedQuery(CohortSql cohort) {
        List<Dimension> dimensions = List.of(Dimension.values());
        String columns = dimensions.stream().map(Dimension::column).collect(Collectors.joining(", "));
        String sets = dimensions.stream().map(d -> "(" + d.column() + ")").collect(Collectors.joining(", "));
        return "with " + cohort.sql() + " select " + columns + CohortSql.counts(Figures.of(Cohort.ENDED))
                + " from facts group by grouping sets ((), " + sets + ")";
    }

    /** The totals of a cohort with no breakdown: second treatments in the period, or referrals open today. */
    @Transactional(readOnly = true)
    public Counts totals(ServiceId service, Scope scope, OutcomeFilter filter, Cohort cohort) {
        CohortSql facts = cohort(cohort, service, scope, filter);
        String sql = "with " + facts.sql() + " select 0 as nothing" + CohortSql.counts(Figures.of(cohort))
                + " from facts";
        return jdbc.sql(sql).params(facts.params()).query((rs, n) -> counts(rs, Figures.of(cohort))).single();
    }

    /** Did-not-attend rates by month of the appointment, for appointments with the practitioners in scope. */
    @Transactional(readOnly = true)
    public List<DnaMonth> dnaByMonth(ServiceId service, Scope scope, OutcomeFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("service", service.value());
        params.put("zone", clock.getZone().getId());
        params.put("from", Timestamp.from(filter.period().firstDay().atStartOfDay(clock.getZone()).toInstant()));
        params.put("to", Timestamp.from(filter.period().lastDay().plusDays(1).atStartOfDay(clock.getZone())
                .toInstant()));
        List<YearMonth> months = filter.period().months();
        params.put("firstMonth", months.get(0).atDay(1).atStartOfDay());
        params.put("lastMonth", months.get(months.size() - 1).atDay(1).atStartOfDay());
        // Each appointment's month is found among the months' first instants (computed once) rather than by turning
        // every appointment's instant into a local date; the referral is read only when the step is filtered.
        StringBuilder sql = new StringBuilder("""
                select width_bucket(a.starts_at, array(
                           select m at time zone :zone
                             from generate_series(cast(:firstMonth as timestamp), cast(:lastMonth as timestamp),
                                                  interval '1 month') m)) as month,
                       count(*) filter (where a.attendance = '3') as dna,
                       count(*) filter (where a.attendance in ('3', '5', '6', '7')) as expected
                  from appointment a
                """);
        if (filter.step() != null) {
            sql.append(" join referral r on r.service_id = a.service_id and r.id = a.referral_id and r.step = :step");
            params.put("step", filter.step());
        }
        sql.append("""
                 where a.service_id = :service and a.attendance is not null
                   and a.starts_at >= :from and a.starts_at < :to
                """);
        if (!scope.everyone()) {
            if (scope.practitioners().isEmpty()) {
                sql.append(" and false");
            } else {
                sql.append(" and a.practitioner_id in (:scope)");
                params.put("scope", scope.practitioners().stream().map(s -> s.value()).toList());
            }
        }
        if (filter.practitioner() != null) {
            sql.append(" and a.practitioner_id = :practitioner");
            params.put("practitioner", filter.practitioner().value());
        }
        sql.append(" group by 1");
        Map<YearMonth, DnaMonth> found = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            YearMonth month = months.get(rs.getInt("month") - 1);
            found.put(month, new DnaMonth(month, rs.getInt("dna"), rs.getInt("expected")));
        });
        return months.stream().map(m -> found.getOrDefault(m, new DnaMonth(m, 0, 0))).toList();
    }

    /**
     * The referrals behind a count, oldest referral first, one page at a time.
     *
     * @param dimension with {@code key}, the breakdown row the count was in; null for the total
     * @param after     the last referral of the previous page, or null for the first page
     */
    @Transactional(readOnly = true)
    public Slice<DrillRow> referralsBehind(ServiceId service, Scope scope, OutcomeFilter filter, Figure figure,
                                           Dimension dimension, String key, UUID after) {
        return drill(service, scope, filter, figure, dimension, key, after, PAGE_SIZE);
    }

    /** Every referral behind a count, for a download; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<DrillRow> allReferralsBehind(ServiceId service, Scope scope, OutcomeFilter filter, Figure figure,
                                             Dimension dimension, String key, int limit) {
        return drill(service, scope, filter, figure, dimension, key, null, limit).items();
    }

    private Slice<DrillRow> drill(ServiceId service, Scope scope, OutcomeFilter filter, Figure figure,
                                  Dimension dimension, String key, UUID after, int limit) {
        CohortSql facts = cohort(figure.cohort(), service, scope, filter);
        Map<String, Object> params = new HashMap<>(facts.params());
        StringBuilder sql = new StringBuilder("with ").append(facts.sql()).append("""
                 select f.id, f.patient_id, f.received_date, f.ended_date, f.step, f.first_treatment,
                        f.second_treatment, f.detail, p.given_name, p.family_name, s.full_name
                   from facts f
                   join patient p on p.service_id = :service and p.id = f.patient_id
                   left join staff s on s.service_id = :service and s.id = f.practitioner_id
                  where (""").append(figure.predicate()).append(")");
        if (dimension != null) {
            sql.append(" and f.").append(dimension.column()).append(" = :key");
            params.put("key", key == null ? "" : key);
        }
        if (after != null) {
            sql.append(" and (f.received_date, f.id) > (select received_date, id from referral")
                    .append(" where service_id = :service and id = :after)");
            params.put("after", after);
        }
        sql.append(" order by f.received_date, f.id limit :limit");
        params.put("limit", limit + 1);
        List<DrillRow> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> drillRow(rs)).list();
        return Slice.of(rows, limit, row -> row.referralId().toString());
    }

    private CohortSql cohort(Cohort cohort, ServiceId service, Scope scope, OutcomeFilter filter) {
        return CohortSql.of(cohort, service, scope, filter, LocalDate.now(clock), clock.getZone());
    }

    private static DrillRow drillRow(ResultSet rs) throws SQLException {
        return new DrillRow(new ReferralId(rs.getObject("id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                rs.getString("family_name").toUpperCase(Locale.UK) + ", " + rs.getString("given_name"),
                date(rs, "received_date"), date(rs, "ended_date"), (Integer) rs.getObject("step"),
                rs.getString("full_name"), date(rs, "first_treatment"), date(rs, "second_treatment"),
                rs.getString("detail"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Counts counts(ResultSet rs, List<Figure> figures) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Figure f : figures) {
            counts.put(f.code(), rs.getInt(f.code()));
        }
        return new Counts(counts);
    }

    private Map<String, String> staffNames(ServiceId service) {
        return staff.all(service).stream().collect(Collectors.toMap(s -> s.id().toString(), Staff::fullName));
    }

    private static List<ReportRow> sorted(Dimension dimension, List<ReportRow> rows) {
        Comparator<ReportRow> order = switch (dimension) {
            case MONTH, STEP, GENDER, ETHNICITY -> Comparator.comparing(ReportRow::key);
            case AGE_BAND -> Comparator.comparingInt(r -> ageOrder(r.key()));
            case DEPRIVATION -> Comparator.comparingInt(r -> r.key().isEmpty() ? Integer.MAX_VALUE
                    : Integer.parseInt(r.key()));
            default -> Comparator.comparing(ReportRow::label);
        };
        return rows.stream().sorted(order).toList();
    }

    private static int ageOrder(String key) {
        Band band = Band.of(Band.AGES, key);
        return band == null ? Integer.MAX_VALUE : Band.AGES.indexOf(band);
    }

    /** Months with nothing counted still get a row, so the chart's gaps are real. */
    static List<ReportRow> everyMonth(Period period, List<ReportRow> found) {
        Map<String, ReportRow> byKey = found.stream().collect(Collectors.toMap(ReportRow::key, r -> r));
        return period.months().stream().map(m -> byKey.getOrDefault(m.toString(),
                new ReportRow(Dimension.MONTH, m.toString(), Labels.month(m), Counts.none()))).toList();
    }
}
