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

/** Safeguarding concerns (current status and owner, versioned) and their append-only history of actions. */
@Repository
class ConcernStore {

    private static final String SELECT = """
            select c.*, o.full_name as owner_name, r.full_name as raised_by_name from safeguarding_concern c
              join staff o on o.service_id = c.service_id and o.id = c.owner_id
              join staff r on r.service_id = c.service_id and r.id = c.raised_by
            """;

    private final JdbcClient jdbc;

    ConcernStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(ServiceId service, ReferralId referral, NewConcern c, StaffId by, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into safeguarding_concern (service_id, id, referral_id, concern_for, person_at_risk,
                                                          concern, noticed_on, owner_id, status, raised_by, raised_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                        """)
                .params(service.value(), id, referral.value(), c.concernFor().name(), c.personAtRisk(), c.concern(),
                        Date.valueOf(c.noticedOn()), c.owner().value(), by.value(), Timestamp.from(at))
                .update();
        return id;
    }

    /** Moves the concern on from the version the person saw; a stale version is refused. */
    void update(ServiceId service, Concern c, int expectedVersion, ConcernStatus status, StaffId owner, StaffId by,
                Instant at) {
        int updated = jdbc.sql("""
                        update safeguarding_concern
                           set status = ?, owner_id = ?, closed_at = ?, version = version + 1, changed_at = ?,
                               changed_by = ?
                         where service_id = ? and id = ? and version = ?
                        """)
                .params(status.name(), owner.value(), status == ConcernStatus.CLOSED ? Timestamp.from(at) : null,
                        Timestamp.from(at), by.value(), service.value(), c.id(), expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("safeguarding concern");
        }
    }

    void addAction(ServiceId service, UUID concern, ActionKind kind, LocalDate takenOn, String detail, String contact,
                   String reference, StaffId newOwner, StaffId by, Instant at) {
        jdbc.sql("""
                        insert into safeguarding_action (service_id, id, concern_id, kind, taken_on, detail, contact,
                                                         reference, owner_id, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), UUID.randomUUID(), concern, kind.name(), Date.valueOf(takenOn), detail,
                        contact, reference, newOwner == null ? null : newOwner.value(), by.value(), Timestamp.from(at))
                .update();
    }

    Optional<Concern> find(ServiceId service, UUID id) {
        return jdbc.sql(SELECT + " where c.service_id = ? and c.id = ?")
                .params(service.value(), id)
                .query(ConcernStore::map)
                .optional();
    }

    /** Open concerns first, then closed ones; newest first within each. */
    List<Concern> forReferral(ServiceId service, ReferralId referral) {
        return jdbc.sql(SELECT + """
                         where c.service_id = ? and c.referral_id = ?
                         order by (c.status = 'CLOSED'), c.raised_at desc
                        """)
                .params(service.value(), referral.value())
                .query(ConcernStore::map)
                .list();
    }

    List<ConcernAction> actions(ServiceId service, UUID concern) {
        return jdbc.sql("""
                        select a.*, o.full_name as owner_name, r.full_name as recorded_by_name
                          from safeguarding_action a
                          join staff r on r.service_id = a.service_id and r.id = a.recorded_by
                          left join staff o on o.service_id = a.service_id and o.id = a.owner_id
                         where a.service_id = ? and a.concern_id = ? order by a.recorded_at, a.id
                        """)
                .params(service.value(), concern)
                .query((rs, n) -> new ConcernAction(ActionKind.valueOf(rs.getString("kind")),
                        rs.getDate("taken_on").toLocalDate(), rs.getString("detail"), rs.getString("contact"),
                        rs.getString("reference"), rs.getString("owner_name"), rs.getString("recorded_by_name"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static Concern map(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Concern(rs.getObject("id", UUID.class), new ReferralId(rs.getObject("referral_id", UUID.class)),
                ConcernFor.valueOf(rs.getString("concern_for")), rs.getString("person_at_risk"),
                rs.getString("concern"), rs.getDate("noticed_on").toLocalDate(),
                new StaffId(rs.getObject("owner_id", UUID.class)), rs.getString("owner_name"),
                ConcernStatus.valueOf(rs.getString("status")), rs.getString("raised_by_name"),
                rs.getTimestamp("raised_at").toInstant(), closed == null ? null : closed.toInstant(),
                rs.getInt("version"));
    }
}
