package org.stepwise.referral;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** SQL for the referral and referral_transition tables. */
@Repository
class ReferralRepository {

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Referral r, StaffId by, Instant at) {
        ReferralDetails d = r.details();
        jdbc.sql("""
                        insert into referral (service_id, id, patient_id, received_date, source_code, referrer,
                                              presenting_problem, problem_descriptor, status, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(r.serviceId().value(), r.id().value(), r.patientId().value(), Date.valueOf(d.receivedDate()),
                        d.source().code(), d.referrer(), d.presentingProblem(), d.problemDescriptor(),
                        r.status().name(), Timestamp.from(at), by.value())
                .update();
    }

    Optional<Referral> find(ServiceId service, ReferralId id) {
        return jdbc.sql("select * from referral where service_id = ? and id = ?")
                .params(service.value(), id.value())
                .query(ReferralRepository::map)
                .optional();
    }

    /** Saves the state and details; refuses if someone else saved since {@code expectedVersion} was read. */
    void update(Referral r, int expectedVersion, StaffId by, Instant at) {
        ReferralDetails d = r.details();
        int updated = jdbc.sql("""
                        update referral
                           set received_date = ?, source_code = ?, referrer = ?, presenting_problem = ?,
                               problem_descriptor = ?, status = ?, step = ?, practitioner_id = ?, waiting_since = ?,
                               end_code = ?, ended_date = ?, version = version + 1, changed_at = ?, changed_by = ?
                         where service_id = ? and id = ? and version = ?
                        """)
                .params(Date.valueOf(d.receivedDate()), d.source().code(), d.referrer(), d.presentingProblem(),
                        d.problemDescriptor(), r.status().name(), r.step(),
                        r.practitionerId() == null ? null : r.practitionerId().value(),
                        date(r.waitingSince()), r.endingCode() == null ? null : r.endingCode().code(),
                        date(r.endedDate()), Timestamp.from(at), by.value(),
                        r.serviceId().value(), r.id().value(), expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("referral");
        }
    }

    void recordTransition(Referral r, String transition, ReferralStatus from, String reason, StaffId by, Instant at) {
        jdbc.sql("""
                        insert into referral_transition (service_id, id, referral_id, transition, from_status, to_status,
                                                         reason, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(r.serviceId().value(), UUID.randomUUID(), r.id().value(), transition,
                        from == null ? null : from.name(), r.status().name(), reason, by.value(), Timestamp.from(at))
                .update();
    }

    List<ReferralSummary> forPatient(ServiceId service, PatientId patient) {
        return jdbc.sql("""
                        select r.id, r.received_date, r.source_code, r.status, r.step, r.end_code, r.ended_date,
                               s.full_name as practitioner
                          from referral r
                          left join staff s on s.service_id = r.service_id and s.id = r.practitioner_id
                         where r.service_id = ? and r.patient_id = ?
                         order by r.received_date desc, r.id
                        """)
                .params(service.value(), patient.value())
                .query((rs, row) -> new ReferralSummary(
                        new ReferralId(rs.getObject("id", UUID.class)),
                        rs.getDate("received_date").toLocalDate(),
                        ReferralSource.valueOf(rs.getString("source_code")),
                        ReferralStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("step"),
                        rs.getString("practitioner"),
                        EndingCode.ofCode(rs.getString("end_code")).orElse(null),
                        localDate(rs.getDate("ended_date"))))
                .list();
    }

    List<TransitionRecord> transitions(ServiceId service, ReferralId referral) {
        return jdbc.sql("""
                        select t.transition, t.from_status, t.to_status, t.reason, s.full_name, t.decided_at
                          from referral_transition t
                          join staff s on s.service_id = t.service_id and s.id = t.decided_by
                         where t.service_id = ? and t.referral_id = ?
                         order by t.decided_at, t.id
                        """)
                .params(service.value(), referral.value())
                .query((rs, row) -> new TransitionRecord(
                        rs.getString("transition"),
                        rs.getString("from_status") == null ? null : ReferralStatus.valueOf(rs.getString("from_status")),
                        ReferralStatus.valueOf(rs.getString("to_status")),
                        rs.getString("reason"),
                        rs.getString("full_name"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    static Referral map(ResultSet rs, int row) throws SQLException {
        UUID practitioner = rs.getObject("practitioner_id", UUID.class);
        return new Referral(
                new ServiceId(rs.getObject("service_id", UUID.class)),
                new ReferralId(rs.getObject("id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                new ReferralDetails(
                        rs.getDate("received_date").toLocalDate(),
                        ReferralSource.valueOf(rs.getString("source_code")),
                        rs.getString("referrer"),
                        rs.getString("presenting_problem"),
                        rs.getString("problem_descriptor")),
                ReferralStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("step", Integer.class),
                practitioner == null ? null : new StaffId(practitioner),
                localDate(rs.getDate("waiting_since")),
                EndingCode.ofCode(rs.getString("end_code")).orElse(null),
                localDate(rs.getDate("ended_date")),
                rs.getInt("version"));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
