package org.stepwise.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.shared.ServiceId;

/** Reads what the audit trail holds, for assertions; each test's service has a chain of its own. */
final class RecordedEvents {

    private final JdbcClient jdbc;

    RecordedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long lastSeq(ServiceId service) {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_event where chain_id = ?").param(service.value())
                .query(Long.class).single();
    }

    List<Row> after(ServiceId service, long seq) {
        return jdbc.sql(SELECT + " where chain_id = ? and seq > ? order by seq").params(service.value(), seq)
                .query((rs, n) -> row(rs)).list();
    }

    List<Row> all(ServiceId service) {
        return after(service, 0);
    }

    List<Row> withUsername(String username) {
        return jdbc.sql(SELECT + " where username = ? order by occurred_at").param(username)
                .query((rs, n) -> row(rs)).list();
    }

    private static final String SELECT = "select seq, id, service_id, action, actor_id, actor_roles, patient_id, "
            + "listed_patients, record_type, record_id, detail ->> 'via' as via, detail::text as detail, username, "
            + "client_ip, reason from audit_event";

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
                AuditAction.valueOf(rs.getString("action")), rs.getObject("actor_id", UUID.class),
                Arrays.asList((String[]) rs.getArray("actor_roles").getArray()),
                rs.getObject("patient_id", UUID.class), uuids(rs.getArray("listed_patients")),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("via"), rs.getString("detail"),
                rs.getString("username"), rs.getString("client_ip"), rs.getString("reason"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((UUID[]) array.getArray());
    }

    record Row(long seq, UUID id, UUID service, AuditAction action, UUID actor, List<String> roles, UUID patient,
               List<UUID> listed, String recordType, String recordId, String via, String detail, String username,
               String clientIp, String reason) {
    }
}
