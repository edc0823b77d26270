package org.stepwise.measures;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * Risk flags raised by a PHQ-9 item 9 answer above 0. Flags are append-only; the review that closes one
 * belongs to the risk workflow.
 */
@Repository
class RiskFlags {

    private final JdbcClient jdbc;

    RiskFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void raiseFromItemNine(ServiceId service, ReferralId referral, UUID response, int answer, StaffId by, Instant at) {
        jdbc.sql("""
                        insert into risk_flag (service_id, id, referral_id, source, detail, response_id, raised_by, raised_at)
                        values (?, ?, ?, 'PHQ9_ITEM9', ?, ?, ?, ?)
                        """)
                .params(service.value(), UUID.randomUUID(), referral.value(),
                        "PHQ-9 question 9 (thoughts of being better off dead or of self-harm) answered " + answer
                                + " of 3: a risk assessment is needed",
                        response, by.value(), Timestamp.from(at))
                .update();
    }

    List<RiskFlag> forReferral(ServiceId service, ReferralId referral) {
        return jdbc.sql("""
                        select f.detail, f.raised_at, s.full_name from risk_flag f
                          join staff s on s.service_id = f.service_id and s.id = f.raised_by
                         where f.service_id = ? and f.referral_id = ? order by f.raised_at desc
                        """)
                .params(service.value(), referral.value())
                .query((rs, n) -> new RiskFlag(rs.getString("detail"), rs.getTimestamp("raised_at").toInstant(),
                        rs.getString("full_name")))
                .list();
    }
}
