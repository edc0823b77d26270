package org.stepwise.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ServiceId;

/**
 * The flow table's one query: referrals received by the month received, beside people entering treatment by the
 * month of their first treatment. Each side is its own cohort, so each count's list is that cohort's drill-down.
 */
@Service
public class FlowQueries {

    /** The key of the row that totals the period, not a month. */
    private static final String TOTAL = "all";

    private final JdbcClient jdbc;
    private final Clock clock;

    FlowQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FlowReport flow(ServiceId service, Scope scope, OutcomeFilter filter) {
        LocalDate today = LocalDate.now(clock);
        CohortSql received = CohortSql.of(Cohort.RECEIVED, service, scope, filter, today, clock.getZone());
        CohortSql entered = CohortSql.of(Cohort.ENTERED_TREATMENT, service, scope, filter, today, clock.getZone());
        // Both cohorts are built from the same filter, so their parameters are the same names with the same values.
        Map<String, Object> params = new HashMap<>(received.params());
        params.putAll(entered.params());
        List<Figure> figures = figures();
        Counts[] total = {Counts.none()};
        List<ReportRow> months = new ArrayList<>();
        jdbc.sql(flowQuery(received, entered)).params(params).query(rs -> {
            Counts counts = OutcomeQueries.counts(rs, figures);
            String key = rs.getString("month");
            if (TOTAL.equals(key)) {
                total[0] = counts;
            } else {
                months.add(new ReportRow(Dimension.MONTH, key, Labels.month(YearMonth.parse(key)), counts));
            }
        });
        return new FlowReport(total[0], OutcomeQueries.everyMonth(filter.period(), months));
    }

    static String flowQuery(CohortSql received, CohortSql entered) {
        String columns = Stream.concat(
                Figures.of(Cohort.RECEIVED).stream().map(f -> "r." + f.code()),
                Figures.of(Cohort.ENTERED_TREATMENT).stream().map(f -> "e." + f.code()))
                .collect(Collectors.joining(", "));
        return "select coalesce(r.month, e.month) as month, " + columns
                + " from (" + byMonth(received, Cohort.RECEIVED) + ") r"
                + " full join (" + byMonth(entered, Cohort.ENTERED_TREATMENT) + ") e on e.month = r.month";
    }

    /** One cohort's counts by month, and over the whole period in the row keyed {@value #TOTAL}. */
    private static String byMonth(CohortSql cohort, Cohort which) {
        return "with " + cohort.sql() + " select case when grouping(d_month) = 1 then '" + TOTAL
                + "' else d_month end as month" + CohortSql.counts(Figures.of(which))
                + " from facts group by grouping sets ((), (d_month))";
    }

    private static List<Figure> figures() {
        return Stream.concat(Figures.of(Cohort.RECEIVED).stream(), Figures.of(Cohort.ENTERED_TREATMENT).stream())
                .toList();
    }
}
