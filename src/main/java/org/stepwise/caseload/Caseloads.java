package org.stepwise.caseload;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.Slice;
import org.stepwise.shared.StaffId;

/** Read model of practitioners' caseloads: one query per page, whatever the caseload's size. */
@Service
public class Caseloads {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    Caseloads(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Slice<CaseloadRow> openCases(ServiceId service, StaffId practitioner, CaseloadFilter filter, LocalDate today) {
        java.time.ZoneId zone = clock.getZone();
        String sortKey = filter.sort().expression("r", "p");
        String direction = filter.descending() ? "desc" : "asc";
        String comparison = filter.descending() ? "<" : ">";
        StringBuilder sql = new StringBuilder("""
                select r.id, p.given_name, p.family_name, p.date_of_birth, r.step, r.status, r.received_date,
                       s.trainee,
                       (select max(a.starts_at) from appointment a
                         where a.service_id = r.service_id and a.referral_id = r.id and a.attendance in ('5', '6'))
                           as last_contact,
                       (select count(*) from appointment a
                         where a.service_id = r.service_id and a.referral_id = r.id and a.attendance = '3') as missed,
                       flags.open as risk_flags, flags.overdue as risk_reviews_overdue,
                       """ + latestTwo("PHQ9") + " as phq9, " + latestTwo("GAD7") + """
                        as gad7
                  from referral r
                  join patient p on p.service_id = r.service_id and p.id = r.patient_id
                  join staff s on s.service_id = r.service_id and s.id = r.practitioner_id
                  -- Only flags nobody has reviewed yet; a review takes a flag off the caseload.
                  cross join lateral (
                    select count(*) as open, count(*) filter (where f.review_due_at <= :now) as overdue
                      from risk_flag f
                     where f.service_id = r.service_id and f.referral_id = r.id
                       and not exists (select 1 from risk_flag_review v
                                        where v.service_id = f.service_id and v.flag_id = f.id)) flags
                 where r.service_id = :service and r.practitioner_id = :practitioner
                   and r.status in ('ALLOCATED', 'IN_TREATMENT')
                """);
        if (filter.step() != null) {
            sql.append(" and r.step = :step");
        }
        if (filter.status() != null) {
            sql.append(" and r.status = :status");
        }
        if (filter.name() != null) {
            sql.append(" and (lower(p.family_name) like :name or lower(p.given_name) like :name)");
        }
        if (filter.after() != null) {
            sql.append(" and (").append(sortKey).append(", r.id) ").append(comparison).append(" (select ")
                    .append(filter.sort().expression("ar", "ap")).append(", ar.id from referral ar join patient ap")
                    .append(" on ap.service_id = ar.service_id and ap.id = ar.patient_id")
                    .append(" where ar.service_id = :service and ar.id = :after)");
        }
        sql.append(" order by ").append(sortKey).append(' ').append(direction).append(", r.id ").append(direction)
                .append(" limit :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("service", service.value())
                .param("practitioner", practitioner.value())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("limit", CaseloadFilter.PAGE_SIZE + 1);
        if (filter.step() != null) {
            statement = statement.param("step", filter.step());
        }
        if (filter.status() != null) {
            statement = statement.param("status", filter.status());
        }
        if (filter.name() != null) {
            statement = statement.param("name", likePrefix(filter.name()));
        }
        if (filter.after() != null) {
            statement = statement.param("after", filter.after());
        }
        List<CaseloadRow> rows = statement.query((rs, n) -> {
            LocalDate received = rs.getDate("received_date").toLocalDate();
            String status = rs.getString("status");
            return new CaseloadRow(
                    new ReferralId(rs.getObject("id", UUID.class)),
                    rs.getString("family_name").toUpperCase(Locale.UK) + ", " + rs.getString("given_name"),
                    rs.getDate("date_of_birth").toLocalDate(),
                    rs.getInt("step"),
                    status,
                    status.equals("ALLOCATED") ? "Allocated" : "In treatment",
                    received,
                    ChronoUnit.WEEKS.between(received, today),
                    rs.getTimestamp("last_contact") == null ? null
                            : LocalDate.ofInstant(rs.getTimestamp("last_contact").toInstant(), zone),
                    rs.getInt("missed"),
                    rs.getBoolean("trainee"),
                    Trend.of(rs.getArray("phq9") == null ? null : (java.math.BigDecimal[]) rs.getArray("phq9").getArray()),
                    Trend.of(rs.getArray("gad7") == null ? null : (java.math.BigDecimal[]) rs.getArray("gad7").getArray()),
                    rs.getInt("risk_flags"),
                    rs.getInt("risk_reviews_overdue") > 0);
        }).list();
        return page(rows);
    }

    @Transactional(readOnly = true)
    public int openCaseCount(ServiceId service, StaffId practitioner) {
        return jdbc.sql("""
                        select count(*) from referral
                         where service_id = ? and practitioner_id = ? and status in ('ALLOCATED', 'IN_TREATMENT')
                        """)
                .params(service.value(), practitioner.value())
                .query(Integer.class)
                .single();
    }

    /** The two latest current totals on a measure, newest first; corrected responses are left out. */
    private static String latestTwo(String instrument) {
        return """
                (select array_agg(x.total order by x.completed_on desc, x.entered_at desc) from (
                    select q.total, q.completed_on, q.entered_at from questionnaire_response q
                     where q.service_id = r.service_id and q.referral_id = r.id and q.instrument = '%s'
                       and not exists (select 1 from questionnaire_response c
                                        where c.service_id = q.service_id and c.corrects = q.id)
                     order by q.completed_on desc, q.entered_at desc limit 2) x)""".formatted(instrument);
    }

    static Slice<CaseloadRow> page(List<CaseloadRow> rows) {
        return Slice.of(rows, CaseloadFilter.PAGE_SIZE, row -> row.referralId().toString());
    }

    static String likePrefix(String text) {
        return text.toLowerCase(Locale.UK).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
