package org.stepwise.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * Emergency access to one patient's record outside one's relationships: it needs a reason, lasts the
 * service's set number of hours, and waits on the service lead's review until signed off.
 */
@Service
public class BreakGlass {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    BreakGlass(JdbcClient jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One emergency access, as the service lead's report shows it. */
    public record Access(UUID id, String staffName, PatientId patient, String patientName, String reason,
                         Instant startedAt, Instant expiresAt, String reviewedBy, Instant reviewedAt, String reviewNote,
                         int version) {

        public boolean reviewed() {
            return reviewedAt != null;
        }
    }

    @Transactional
    public Instant open(SignedInStaff me, PatientId patient, String reason) {
        if (me.roles().stream().allMatch(r -> r == Role.ADMINISTRATOR)) {
            throw new DomainException("Emergency access is for clinical staff.");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new DomainException("Give the reason for emergency access in a sentence: who is at risk, and why now");
        }
        boolean exists = jdbc.sql("select exists (select 1 from patient where service_id = ? and id = ?)")
                .params(me.serviceId().value(), patient.value()).query(Boolean.class).single();
        if (!exists) {
            throw new NotFoundException("No such patient");
        }
        int hours = jdbc.sql("select break_glass_hours from service where id = ?").param(me.serviceId().value())
                .query(Integer.class).single();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofHours(hours));
        jdbc.sql("""
                        insert into break_glass (service_id, id, staff_id, patient_id, reason, started_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(me.serviceId().value(), UUID.randomUUID(), me.staffId().value(), patient.value(),
                        reason.strip(), Timestamp.from(now), Timestamp.from(expires))
                .update();
        events.publishEvent(new EmergencyAccessGranted(me.serviceId(), me.staffId(), patient, reason.strip(), expires));
        return expires;
    }

    /** Accesses not yet reviewed first, newest first; at most 200, the report's working set. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    public List<Access> report(ServiceId service) {
        return jdbc.sql("""
                        select b.id, s.full_name, b.patient_id, p.family_name, p.given_name, b.reason, b.started_at,
                               b.expires_at, r.full_name as reviewer, b.reviewed_at, b.review_note, b.version
                          from break_glass b
                          join staff s on s.service_id = b.service_id and s.id = b.staff_id
                          join patient p on p.service_id = b.service_id and p.id = b.patient_id
                          left join staff r on r.service_id = b.service_id and r.id = b.reviewed_by
                         where b.service_id = ?
                         order by b.reviewed_at is not null, b.started_at desc
                         limit 200
                        """)
                .param(service.value())
                .query((rs, n) -> new Access(rs.getObject("id", UUID.class), rs.getString("full_name"),
                        new PatientId(rs.getObject("patient_id", UUID.class)),
                        rs.getString("family_name").toUpperCase(java.util.Locale.UK) + ", " + rs.getString("given_name"),
                        rs.getString("reason"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(), rs.getString("reviewer"),
                        rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant(),
                        rs.getString("review_note"), rs.getInt("version")))
                .list();
    }

    @Transactional(readOnly = true)
    public int awaitingReview(ServiceId service) {
        return jdbc.sql("select count(*) from break_glass where service_id = ? and reviewed_at is null")
                .param(service.value()).query(Integer.class).single();
    }

    @Transactional
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    public void signOff(ServiceId service, UUID id, int expectedVersion, String note, StaffId by) {
        if (note == null || note.isBlank()) {
            throw new DomainException("Record your review: was the access justified, and any follow-up");
        }
        int updated = jdbc.sql("""
                        update break_glass set reviewed_by = ?, reviewed_at = ?, review_note = ?, version = version + 1
                         where service_id = ? and id = ? and version = ? and reviewed_at is null
                        """)
                .params(by.value(), Timestamp.from(clock.instant()), note.strip(), service.value(), id, expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("emergency access review");
        }
    }
}
