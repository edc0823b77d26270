package org.stepwise.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** SQL for the appointment table. */
@Repository
class AppointmentRepository {

    static final String COLUMNS = """
            a.service_id, a.id, a.referral_id, a.practitioner_id, a.starts_at, a.planned_minutes, a.purpose,
            a.mechanism, a.attendance, a.attended_minutes, a.intervention, a.cancellation_reason, a.rebooked_from,
            a.version
            """;

    private final JdbcClient jdbc;

    AppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Appointment a, StaffId by, Instant at) {
        jdbc.sql("""
                        insert into appointment (service_id, id, referral_id, practitioner_id, starts_at, planned_minutes,
                                                 purpose, mechanism, rebooked_from, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(a.serviceId().value(), a.id().value(), a.referralId().value(), a.practitionerId().value(),
                        Timestamp.from(a.startsAt()), a.plannedMinutes(), a.purpose().code(), a.mechanism().code(),
                        a.rebookedFrom() == null ? null : a.rebookedFrom().value(), Timestamp.from(at), by.value())
                .update();
    }

    Optional<Appointment> find(ServiceId service, AppointmentId id) {
        return jdbc.sql("select " + COLUMNS + " from appointment a where a.service_id = ? and a.id = ?")
                .params(service.value(), id.value())
                .query(AppointmentRepository::map)
                .optional();
    }

    /** Saves the outcome; refuses if someone else recorded or changed the appointment first. */
    void saveOutcome(Appointment a, int expectedVersion, StaffId by, Instant at) {
        int updated = jdbc.sql("""
                        update appointment
                           set attendance = ?, attended_minutes = ?, intervention = ?, cancellation_reason = ?,
                               outcome_recorded_at = ?, outcome_recorded_by = ?, version = version + 1,
                               changed_at = ?, changed_by = ?
                         where service_id = ? and id = ? and version = ?
                        """)
                .params(a.attendance().code(), a.attendedMinutes(),
                        a.intervention() == null ? null : a.intervention().snomed(), a.cancellationReason(),
                        Timestamp.from(at), by.value(), Timestamp.from(at), by.value(),
                        a.serviceId().value(), a.id().value(), expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("appointment");
        }
    }

    List<Appointment> forReferral(ServiceId service, ReferralId referral) {
        return jdbc.sql("select " + COLUMNS + " from appointment a where a.service_id = ? and a.referral_id = ? "
                        + "order by a.starts_at, a.id")
                .params(service.value(), referral.value())
                .query(AppointmentRepository::map)
                .list();
    }

    static Appointment map(ResultSet rs, int row) throws SQLException {
        UUID rebooked = rs.getObject("rebooked_from", UUID.class);
        String attendance = rs.getString("attendance");
        String intervention = rs.getString("intervention");
        return new Appointment(
                new ServiceId(rs.getObject("service_id", UUID.class)),
                new AppointmentId(rs.getObject("id", UUID.class)),
                new ReferralId(rs.getObject("referral_id", UUID.class)),
                new StaffId(rs.getObject("practitioner_id", UUID.class)),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("planned_minutes"),
                AppointmentPurpose.ofCode(rs.getString("purpose")).orElseThrow(),
                ConsultationMechanism.ofCode(rs.getString("mechanism")).orElseThrow(),
                attendance == null ? null : Attendance.ofCode(attendance).orElseThrow(),
                (Integer) rs.getObject("attended_minutes"),
                intervention == null ? null : Intervention.ofSnomed(intervention).orElse(null),
                rs.getString("cancellation_reason"),
                rebooked == null ? null : new AppointmentId(rebooked),
                rs.getInt("version"));
    }
}
