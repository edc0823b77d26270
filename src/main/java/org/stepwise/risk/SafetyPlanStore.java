package org.stepwise.risk;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Every version of a referral's safety plan, append-only. */
@Repository
class SafetyPlanStore {

    private final JdbcClient jdbc;

    SafetyPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int latestVersion(ServiceId service, ReferralId referral) {
        return jdbc.sql("select coalesce(max(version_no), 0) from safety_plan where service_id = ? and referral_id = ?")
                .params(service.value(), referral.value())
                .query(Integer.class)
                .single();
    }

    void insert(ServiceId service, ReferralId referral, int versionNo, NewSafetyPlan p, String reason, StaffId by,
                Instant at) {
        jdbc.sql("""
                        insert into safety_plan (service_id, id, referral_id, version_no, warning_signs, coping_strategies,
                                                 people_and_places, people_to_ask, crisis_contacts, safe_environment,
                                                 reasons_for_living, review_on, copy_given, change_reason, recorded_by,
                                                 recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), UUID.randomUUID(), referral.value(), versionNo, p.warningSigns(),
                        p.copingStrategies(), p.peopleAndPlaces(), p.peopleToAsk(), p.crisisContacts(),
                        p.safeEnvironment(), p.reasonsForLiving(), Date.valueOf(p.reviewOn()), p.copyGiven(), reason,
                        by.value(), Timestamp.from(at))
                .update();
    }

    /** Newest version first. */
    List<SafetyPlan> forReferral(ServiceId service, ReferralId referral) {
        return jdbc.sql("""
                        select p.*, s.full_name from safety_plan p
                          join staff s on s.service_id = p.service_id and s.id = p.recorded_by
                         where p.service_id = ? and p.referral_id = ? order by p.version_no desc
                        """)
                .params(service.value(), referral.value())
                .query((rs, n) -> new SafetyPlan(rs.getObject("id", UUID.class), rs.getInt("version_no"),
                        rs.getString("warning_signs"), rs.getString("coping_strategies"),
                        rs.getString("people_and_places"), rs.getString("people_to_ask"),
                        rs.getString("crisis_contacts"), rs.getString("safe_environment"),
                        rs.getString("reasons_for_living"), rs.getDate("review_on").toLocalDate(),
                        rs.getBoolean("copy_given"), rs.getString("change_reason"), rs.getString("full_name"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
