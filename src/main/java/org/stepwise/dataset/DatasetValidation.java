package org.stepwise.dataset;

import static org.stepwise.dataset.MonthScope.INCLUDED_REFERRALS;

import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.Slice;

/**
 * The validation report: every record of the month that the extract would send wrong, found by reading the month's
 * patients, referrals and contacts through a cursor and putting each through {@link ValidationRules}. A page of one
 * problem reads on from its cursor only until the page is full.
 */
@Component
public class DatasetValidation {

    static final int PAGE = 50;

    private static final String PATIENTS = INCLUDED_REFERRALS + """
            select p.id, p.nhs_number, p.gender, p.postcode, p.ethnic_category, p.given_name, p.family_name
              from patient p
             where p.service_id = :service and p.id in (select patient_id from included) and p.id > :after
             order by p.id
            """;
    private static final String REFERRALS = INCLUDED_REFERRALS + """
            select r.id, r.patient_id, r.status, r.end_code, r.ended_date, r.received_date,
                   o.finished_treatment, o.paired, p.given_name, p.family_name
              from referral r
              join patient p on p.service_id = r.service_id and p.id = r.patient_id
              left join referral_outcome o on o.service_id = r.service_id and o.referral_id = r.id
             where r.service_id = :service and r.id in (select id from included) and r.id > :after
             order by r.id
            """;
    private static final String CONTACTS = """
            select a.id, r.patient_id, (a.starts_at at time zone :zone)::date as day, a.purpose, a.attendance,
                   r.received_date, r.ended_date, p.given_name, p.family_name
              from appointment a
              join referral r on r.service_id = a.service_id and r.id = a.referral_id
              join patient p on p.service_id = r.service_id and p.id = r.patient_id
             where a.service_id = :service and a.starts_at >= :from and a.starts_at < :to and a.id > :after
             order by a.id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Submitters submitters;
    private final Clock clock;

    DatasetValidation(DataSource dataSource, PlatformTransactionManager transactions, Submitters submitters,
                      Clock clock) {
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(DatasetExtract.FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(cursor);
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.submitters = submitters;
        this.clock = clock;
    }

    /** How many records have each problem; every problem is present, most with 0. */
    public Map<Problem, Long> counts(ServiceId service, ReportingMonth month) {
        Map<Problem, Long> counts = new EnumMap<>(Problem.class);
        for (Problem p : Problem.values()) {
            counts.put(p, 0L);
        }
        MonthScope scope = scope(service, month);
        for (Problem.Source source : Problem.Source.values()) {
            scan(scope, source, null, f -> {
                counts.merge(f.problem(), 1L, Long::sum);
                return true;
            });
        }
        return counts;
    }

    /** One page of the records with one problem, after the record named by the cursor. */
    public Slice<Finding> page(ServiceId service, ReportingMonth month, Problem problem, UUID after) {
        List<Finding> found = new ArrayList<>();
        scan(scope(service, month), problem.source(), after, f -> {
            if (f.problem() == problem) {
                found.add(f);
            }
            return found.size() <= PAGE;
        });
        if (found.size() <= PAGE) {
            return new Slice<>(found, null);
        }
        List<Finding> page = found.subList(0, PAGE);
        return new Slice<>(List.copyOf(page), page.get(PAGE - 1).record().toString());
    }

    /** Every finding of the month as CSV, written as it is found. */
    public long writeCsv(ServiceId service, ReportingMonth month, Writer out) {
        CsvWriter csv = CsvWriter.forSpreadsheets(out);
        csv.row(List.of("problem", "description", "consequence", "record_type", "record_id", "patient", "detail",
                "fix_at"));
        long[] written = {0};
        MonthScope scope = scope(service, month);
        for (Problem.Source source : Problem.Source.values()) {
            scan(scope, source, null, f -> {
                csv.row(List.of(f.problem().name(), f.problem().label(), f.problem().consequence(),
                        source.name().toLowerCase(Locale.UK), f.record().toString(), f.who(), f.detail(),
                        f.fixLink()));
                written[0]++;
                return true;
            });
        }
        csv.flush();
        return written[0];
    }

    private MonthScope scope(ServiceId service, ReportingMonth month) {
        return new MonthScope(service, month, submitters.of(service).zone(), clock.instant());
    }

    /** Feeds each finding of each record, in record order, to {@code sink} until it answers false. */
    private void scan(MonthScope scope, Problem.Source source, UUID after, Predicate<Finding> sink) {
        String sql = switch (source) {
            case PATIENT -> PATIENTS;
            case REFERRAL -> REFERRALS;
            case CONTACT -> CONTACTS;
        };
        readOnly.executeWithoutResult(status -> jdbc.query(sql, scope.params(after), (ResultSet rs) -> {
            while (rs.next()) {
                for (Finding f : findings(source, rs, scope.month())) {
                    if (!sink.test(f)) {
                        return null;
                    }
                }
            }
            return null;
        }));
    }

    private static List<Finding> findings(Problem.Source source, ResultSet rs, ReportingMonth month)
            throws SQLException {
        String name = rs.getString("given_name") + " " + rs.getString("family_name");
        return switch (source) {
            case PATIENT -> ValidationRules.check(new Facts.Patient(uuid(rs, "id"), rs.getString("nhs_number"),
                    rs.getString("gender"), rs.getString("postcode"), rs.getString("ethnic_category"), name));
            case REFERRAL -> ValidationRules.check(new Facts.Referral(uuid(rs, "id"), uuid(rs, "patient_id"),
                    rs.getString("status"), rs.getString("end_code"), date(rs, "ended_date"),
                    date(rs, "received_date"), (Boolean) rs.getObject("finished_treatment"),
                    (Boolean) rs.getObject("paired"), name), month);
            case CONTACT -> ValidationRules.check(new Facts.Contact(uuid(rs, "id"), uuid(rs, "patient_id"),
                    date(rs, "day"), rs.getString("purpose"), rs.getString("attendance"), date(rs, "received_date"),
                    date(rs, "ended_date"), name));
        };
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
