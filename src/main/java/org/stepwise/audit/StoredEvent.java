package org.stepwise.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** An event as the database holds it, with its place in the chain. */
record StoredEvent(AuditEvent event, long seq, byte[] prevHash, byte[] hash) {

    /** The columns {@link #from} reads. */
    static final String COLUMNS = "seq, id, occurred_at, service_id, actor_id, actor_roles, username, action, "
            + "patient_id, listed_patients, record_type, record_id, detail::text as detail, client_ip, reason, "
            + "prev_hash, hash";

    static StoredEvent from(ResultSet rs) throws SQLException {
        UUID service = rs.getObject("service_id", UUID.class);
        UUID actor = rs.getObject("actor_id", UUID.class);
        UUID patient = rs.getObject("patient_id", UUID.class);
        AuditEvent event = new AuditEvent(rs.getObject("id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                service == null ? null : new ServiceId(service),
                actor == null ? null : new StaffId(actor),
                Arrays.asList((String[]) rs.getArray("actor_roles").getArray()),
                rs.getString("username"),
                AuditAction.valueOf(rs.getString("action")),
                patient == null ? null : new PatientId(patient),
                patients(rs.getArray("listed_patients")),
                rs.getString("record_type"),
                rs.getString("record_id"),
                CanonicalJson.normalise(rs.getString("detail")),
                rs.getString("client_ip"),
                rs.getString("reason"));
        return new StoredEvent(event, rs.getLong("seq"), rs.getBytes("prev_hash"), rs.getBytes("hash"));
    }

    private static List<PatientId> patients(Array array) throws SQLException {
        return array == null ? null : Arrays.stream((UUID[]) array.getArray()).map(PatientId::new).toList();
    }
}
