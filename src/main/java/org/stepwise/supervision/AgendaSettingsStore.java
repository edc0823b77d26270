package org.stepwise.supervision;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** A service's agenda settings; a service that never set them works to the defaults. */
@Repository
class AgendaSettingsStore {

    private final JdbcClient jdbc;

    AgendaSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AgendaSettings get(ServiceId service) {
        return jdbc.sql("""
                        select review_at_session, no_contact_weeks, step_two_session_limit, step_three_session_limit,
                               sessions_before_limit, waiting_too_long_weeks, coverage_weeks, newly_assessed_days,
                               rules_off, version
                          from supervision_setting where service_id = ?
                        """)
                .param(service.value())
                .query((rs, n) -> new AgendaSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), reasons(rs.getArray(9)), rs.getInt(10)))
                .optional()
                .orElse(AgendaSettings.defaults());
    }

    /** Saves settings made from {@code expectedVersion}; a stale version is refused rather than overwriting. */
    void save(ServiceId service, AgendaSettings s, int expectedVersion, StaffId by, Instant at) {
        String[] off = s.switchedOff().stream().map(Enum::name).sorted().toArray(String[]::new);
        int saved;
        if (expectedVersion < 0) {
            saved = jdbc.sql("""
                            insert into supervision_setting (service_id, review_at_session, no_contact_weeks,
                                   step_two_session_limit, step_three_session_limit, sessions_before_limit,
                                   waiting_too_long_weeks, coverage_weeks, newly_assessed_days, rules_off,
                                   changed_at, changed_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (service_id) do nothing
                            """)
                    .params(service.value(), s.reviewAtSession(), s.noContactWeeks(), s.stepTwoSessionLimit(),
                            s.stepThreeSessionLimit(), s.sessionsBeforeLimit(), s.waitingTooLongWeeks(),
                            s.coverageWeeks(), s.newlyAssessedDays(), off, Timestamp.from(at), by.value())
                    .update();
        } else {
            saved = jdbc.sql("""
                            update supervision_setting
                               set review_at_session = ?, no_contact_weeks = ?, step_two_session_limit = ?,
                                   step_three_session_limit = ?, sessions_before_limit = ?, waiting_too_long_weeks = ?,
                                   coverage_weeks = ?, newly_assessed_days = ?, rules_off = ?,
                                   version = version + 1, changed_at = ?, changed_by = ?
                             where service_id = ? and version = ?
                            """)
                    .params(s.reviewAtSession(), s.noContactWeeks(), s.stepTwoSessionLimit(),
                            s.stepThreeSessionLimit(), s.sessionsBeforeLimit(), s.waitingTooLongWeeks(),
                            s.coverageWeeks(), s.newlyAssessedDays(), off, Timestamp.from(at), by.value(),
                            service.value(), expectedVersion)
                    .update();
        }
        if (saved == 0) {
            throw new ConcurrentEditException("service's supervision settings");
        }
    }

    private static Set<AgendaReason> reasons(Array array) throws SQLException {
        Set<AgendaReason> reasons = EnumSet.noneOf(AgendaReason.class);
        Arrays.stream((String[]) array.getArray()).map(AgendaReason::valueOf).forEach(reasons::add);
        return reasons;
    }
}
