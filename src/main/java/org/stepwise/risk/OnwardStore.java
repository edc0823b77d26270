package org.stepwise.risk;

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
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Onward referrals (current status, versioned) and their append-only status history. */
@Repository
class OnwardStore {

    private static final String SELECT = """
            select o.*, s.full_name from onward_referral o
              join staff s on s.service_id = o.service_id and s.id = o.created_by
            """;

    private final JdbcClient jdbc;

    OnwardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(ServiceId service, ReferralId referral, NewOnwardReferral o, Instant chaseDue, StaffId by, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into onward_referral (service_id, id, referral_id, destination, organisation, urgency,
                                                     referred_at, reason, status, chase_due_at, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?, ?)
                        """)
                .params(service.value(), id, referral.value(), o.destination().name(), o.organisation(),
                        o.urgency().name(), Timestamp.from(o.referredAt()), o.reason(), Timestamp.from(chaseDue),
                        by.value(), Timestamp.from(at))
                .update();
        return id;
    }

    void update(ServiceId service, UUID id, int expectedVersion, OnwardStatus status, Instant chaseDue, StaffId by,
                Instant at) {
        int updated = jdbc.sql("""
                        update onward_referral set status = ?, chase_due_at = ?, version = version + 1, changed_at = ?,
                                                   changed_by = ?
                         where service_id = ? and id = ? and version = ?
                        """)
                .params(status.name(), chaseDue == null ? null : Timestamp.from(chaseDue), Timestamp.from(at),
                        by.value(), service.value(), id, expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("onward referral");
        }
    }

    void addEvent(ServiceId service, UUID onward, OnwardStatus status, LocalDate occurredOn, String note, StaffId by,
                  Instant at) {
        jdbc.sql("""
                        insert into onward_referral_event (service_id, id, onward_referral_id, status, occurred_on, note,
                                                           recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), UUID.randomUUID(), onward, status.name(), Date.valueOf(occurredOn), note,
                        by.value(), Timestamp.from(at))
                .update();
    }

    Optional<OnwardReferral> find(ServiceId service, UUID id) {
        return jdbc.sql(SELECT + " where o.service_id = ? and o.id = ?")
                .params(service.value(), id)
                .query(OnwardStore::map)
                .optional();
    }

    List<OnwardReferral> forReferral(ServiceId service, ReferralId referral) {
        return jdbc.sql(SELECT + " where o.service_id = ? and o.referral_id = ? order by o.referred_at desc, o.id")
                .params(service.value(), referral.value())
                .query(OnwardStore::map)
                .list();
    }

    boolean anyAccepted(ServiceId service, ReferralId referral) {
        return jdbc.sql("""
                        select exists (select 1 from onward_referral
                                        where service_id = ? and referral_id = ? and status = 'ACCEPTED')
                        """)
                .params(service.value(), referral.value())
                .query(Boolean.class)
                .single();
    }

    List<OnwardEvent> events(ServiceId service, UUID onward) {
        return jdbc.sql("""
                        select e.*, s.full_name from onward_referral_event e
                          join staff s on s.service_id = e.service_id and s.id = e.recorded_by
                         where e.service_id = ? and e.onward_referral_id = ? order by e.recorded_at, e.id
                        """)
                .params(service.value(), onward)
                .query((rs, n) -> new OnwardEvent(OnwardStatus.valueOf(rs.getString("status")),
                        rs.getDate("occurred_on").toLocalDate(), rs.getString("note"), rs.getString("full_name"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static OnwardReferral map(ResultSet rs, int row) throws SQLException {
        Timestamp chase = rs.getTimestamp("chase_due_at");
        return new OnwardReferral(rs.getObject("id", UUID.class),
                new ReferralId(rs.getObject("referral_id", UUID.class)),
                Destination.valueOf(rs.getString("destination")), rs.getString("organisation"),
                Urgency.valueOf(rs.getString("urgency")), rs.getTimestamp("referred_at").toInstant(),
                rs.getString("reason"), OnwardStatus.valueOf(rs.getString("status")),
                chase == null ? null : chase.toInstant(), rs.getString("full_name"), rs.getInt("version"));
    }
}
