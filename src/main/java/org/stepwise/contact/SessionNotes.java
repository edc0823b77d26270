package org.stepwise.contact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** SQL for signed session notes and their addenda; the database refuses any change to either once written. */
@Repository
class SessionNotes {

    private final JdbcClient jdbc;

    SessionNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void sign(Appointment appointment, String body, StaffId author, Instant at) {
        jdbc.sql("""
                        insert into session_note (service_id, id, appointment_id, referral_id, author_id, body, signed_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(appointment.serviceId().value(), UUID.randomUUID(), appointment.id().value(),
                        appointment.referralId().value(), author.value(), body, Timestamp.from(at))
                .update();
    }

    void addAddendum(ServiceId service, UUID noteId, String body, String reason, StaffId author, Instant at) {
        jdbc.sql("""
                        insert into note_addendum (service_id, id, note_id, author_id, body, reason, added_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), UUID.randomUUID(), noteId, author.value(), body, reason, Timestamp.from(at))
                .update();
    }

    Optional<UUID> noteIdFor(ServiceId service, AppointmentId appointment) {
        return jdbc.sql("select id from session_note where service_id = ? and appointment_id = ?")
                .params(service.value(), appointment.value())
                .query(UUID.class)
                .optional();
    }

    /** The note with its addenda, in one query. */
    Optional<SessionNote> forAppointment(ServiceId service, AppointmentId appointment) {
        List<SessionNote> found = new ArrayList<>();
        List<SessionNote.Addendum> addenda = new ArrayList<>();
        jdbc.sql("""
                        select n.id, na.full_name as note_author, n.body, n.signed_at,
                               aa.full_name as addendum_author, d.body as addendum_body, d.reason, d.added_at
                          from session_note n
                          join staff na on na.service_id = n.service_id and na.id = n.author_id
                          left join note_addendum d on d.service_id = n.service_id and d.note_id = n.id
                          left join staff aa on aa.service_id = d.service_id and aa.id = d.author_id
                         where n.service_id = ? and n.appointment_id = ?
                         order by d.added_at nulls first, d.id
                        """)
                .params(service.value(), appointment.value())
                .query(rs -> {
                    if (found.isEmpty()) {
                        found.add(new SessionNote(rs.getObject("id", UUID.class), rs.getString("note_author"),
                                rs.getString("body"), rs.getTimestamp("signed_at").toInstant(), addenda));
                    }
                    if (rs.getString("addendum_body") != null) {
                        addenda.add(new SessionNote.Addendum(rs.getString("addendum_author"),
                                rs.getString("addendum_body"), rs.getString("reason"),
                                rs.getTimestamp("added_at").toInstant()));
                    }
                });
        return found.stream().findFirst();
    }
}
