package org.stepwise.risk;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** A service's risk time limits; a service that never set them works to the defaults. */
@Repository
class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RiskSettings get(ServiceId service) {
        return jdbc.sql("""
                        select flag_review_working_days, chase_emergency_hours, chase_urgent_hours,
                               chase_routine_working_days, version
                          from risk_setting where service_id = ?
                        """)
                .param(service.value())
                .query((rs, n) -> new RiskSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .optional()
                .orElse(RiskSettings.DEFAULTS);
    }

    /** Saves settings made from {@code expected.version()}; a stale version is refused rather than overwriting. */
    void save(ServiceId service, RiskSettings changed, int expectedVersion, StaffId by, Instant at) {
        int saved;
        if (expectedVersion < 0) {
            saved = jdbc.sql("""
                            insert into risk_setting (service_id, flag_review_working_days, chase_emergency_hours,
                                                      chase_urgent_hours, chase_routine_working_days, changed_at,
                                                      changed_by)
                            values (?, ?, ?, ?, ?, ?, ?) on conflict (service_id) do nothing
                            """)
                    .params(service.value(), changed.flagReviewWorkingDays(), changed.chaseEmergencyHours(),
                            changed.chaseUrgentHours(), changed.chaseRoutineWorkingDays(), Timestamp.from(at),
                            by.value())
                    .update();
        } else {
            saved = jdbc.sql("""
                            update risk_setting
                               set flag_review_working_days = ?, chase_emergency_hours = ?, chase_urgent_hours = ?,
                                   chase_routine_working_days = ?, version = version + 1, changed_at = ?, changed_by = ?
                             where service_id = ? and version = ?
                            """)
                    .params(changed.flagReviewWorkingDays(), changed.chaseEmergencyHours(), changed.chaseUrgentHours(),
                            changed.chaseRoutineWorkingDays(), Timestamp.from(at), by.value(), service.value(),
                            expectedVersion)
                    .update();
        }
        if (saved == 0) {
            throw new ConcurrentEditException("service's risk settings");
        }
    }
}
