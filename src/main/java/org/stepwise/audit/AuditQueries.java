package org.stepwise.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.Slice;

/**
 * The service lead's reports, newest first and keyset-paginated on the chain's sequence number. Every query names
 * the service twice: {@code chain_id} lets PostgreSQL walk the primary key, {@code service_id} is the tenancy rule.
 */
@Repository
class AuditQueries {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);
    private static final String SELECT = """
            select e.seq, e.occurred_at, s.full_name, e.username, e.actor_roles, e.action, e.patient_id,
                   p.family_name, p.given_name, coalesce(cardinality(e.listed_patients), -1) as listed,
                   e.record_type, e.record_id, e.detail ->> 'via' as via, e.client_ip, e.reason
            from audit_event e
            left join staff s on s.service_id = e.service_id and s.id = e.actor_id
            left join patient p on p.service_id = e.service_id and p.id = e.patient_id
            where e.chain_id = ? and e.service_id = ?
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every event about the patient: their own record's, and list pages that showed them. */
    Slice<AuditEntry> forPatient(ServiceId service, PatientId patient, Long before) {
        return search(service, new EventFilter(null, patient, null, null, null, before));
    }

    Slice<AuditEntry> search(ServiceId service, EventFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = new ArrayList<>(List.of(service.value(), service.value()));
        if (filter.person() != null) {
            sql.append(" and e.actor_id = ?");
            params.add(filter.person().value());
        }
        if (filter.patient() != null) {
            sql.append(" and (e.patient_id = ? or e.listed_patients @> array[?]::uuid[])");
            params.add(filter.patient().value());
            params.add(filter.patient().value());
        }
        if (filter.action() != null) {
            sql.append(" and e.action = ?");
            params.add(filter.action().name());
        }
        if (filter.from() != null) {
            sql.append(" and e.occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and e.occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (filter.before() != null) {
            sql.append(" and e.seq < ?");
            params.add(filter.before());
        }
        sql.append(" order by e.seq desc limit ?");
        params.add(PAGE_SIZE + 1);
        List<AuditEntry> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> entry(rs)).list();
        return Slice.of(rows, PAGE_SIZE, row -> Long.toString(row.seq()));
    }

    Optional<String> patientName(ServiceId service, PatientId patient) {
        return jdbc.sql("select upper(family_name) || ', ' || given_name from patient where service_id = ? and id = ?")
                .params(service.value(), patient.value()).query(String.class).optional();
    }

    /** Everyone who has worked in the service, for the search form. */
    List<StaffOption> staff(ServiceId service) {
        return jdbc.sql("select id, full_name from staff where service_id = ? order by full_name, id")
                .param(service.value())
                .query((rs, n) -> new StaffOption(rs.getObject(1, UUID.class).toString(), rs.getString(2))).list();
    }

    private AuditEntry entry(ResultSet rs) throws SQLException {
        UUID patient = rs.getObject("patient_id", UUID.class);
        String family = rs.getString("family_name");
        return new AuditEntry(rs.getLong("seq"),
                WHEN.format(rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone())),
                rs.getString("full_name"), rs.getString("username"), roles((String[]) rs.getArray("actor_roles").getArray()),
                AuditAction.valueOf(rs.getString("action")),
                patient == null ? null : new PatientId(patient),
                family == null ? null : family.toUpperCase(Locale.UK) + ", " + rs.getString("given_name"),
                rs.getInt("listed"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("via"),
                rs.getString("client_ip"), rs.getString("reason"));
    }

    private static String roles(String[] names) {
        return Arrays.stream(names).map(n -> Arrays.stream(Role.values()).filter(r -> r.name().equals(n))
                .findFirst().map(Role::label).orElse(n)).collect(Collectors.joining(", "));
    }
}
