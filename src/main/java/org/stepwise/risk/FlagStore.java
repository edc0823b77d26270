package org.stepwise.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Risk flags (append-only) and their reviews (one each, append-only). */
@Repository
class FlagStore {

    private static final String SELECT = """
            select f.id, f.referral_id, f.source, f.detail, f.raised_at, rs.full_name as raised_by, f.review_due_at,
                   v.reviewed_at, vs.full_name as reviewed_by, v.outcome
              from risk_flag f
              join staff rs on rs.service_id = f.service_id and rs.id = f.raised_by
              left join risk_flag_review v on v.service_id = f.service_id and v.flag_id = f.id
              left join staff vs on vs.service_id = v.service_id and vs.id = v.reviewed_by
            """;

    private final JdbcClient jdbc;

    FlagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(ServiceId service, ReferralId referral, NewFlag flag, UUID responseId, StaffId by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into risk_flag (service_id, id, referral_id, source, detail, response_id, raised_by,
                                               raised_at, review_due_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), id, referral.value(), flag.source().name(), flag.detail(), responseId,
                        by.value(), Timestamp.from(flag.raisedAt()), Timestamp.from(flag.reviewDueBy()))
                .update();
        return id;
    }

    /**
     * Records the review that closes a flag. Two people reviewing the same flag at once: the primary key refuses the
     * second, whose whole transaction is then rolled back.
     */
    void review(ServiceId service, UUID flag, String outcome, StaffId by, Instant at) {
        try {
            jdbc.sql("""
                            insert into risk_flag_review (service_id, flag_id, outcome, reviewed_by, reviewed_at)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(service.value(), flag, outcome, by.value(), Timestamp.from(at))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEditException("risk flag");
        }
    }

    Optional<FlagView> find(ServiceId service, UUID flag) {
        return jdbc.sql(SELECT + " where f.service_id = ? and f.id = ?")
                .params(service.value(), flag)
                .query(FlagStore::map)
                .optional();
    }

    /** Open flags first (earliest due first), then reviewed ones, newest first. */
    List<FlagView> forReferral(ServiceId service, ReferralId referral) {
        return jdbc.sql(SELECT + """
                         where f.service_id = ? and f.referral_id = ?
                         order by (v.reviewed_at is not null), f.review_due_at, f.raised_at desc, f.id
                        """)
                .params(service.value(), referral.value())
                .query(FlagStore::map)
                .list();
    }

    private static FlagView map(ResultSet rs, int row) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new FlagView(rs.getObject("id", UUID.class), new ReferralId(rs.getObject("referral_id", UUID.class)),
                FlagSource.valueOf(rs.getString("source")), rs.getString("detail"),
                rs.getTimestamp("raised_at").toInstant(), rs.getString("raised_by"),
                rs.getTimestamp("review_due_at").toInstant(), reviewed == null ? null : reviewed.toInstant(),
                rs.getString("reviewed_by"), rs.getString("outcome"));
    }
}
