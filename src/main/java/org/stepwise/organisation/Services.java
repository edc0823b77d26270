package org.stepwise.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Reads and changes a service's settings. */
@Service
public class Services {

    private final JdbcClient jdbc;
    private final Clock clock;

    Services(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ServiceSettings settings(ServiceId id) {
        return jdbc.sql("select * from service where id = ?")
                .param(id.value())
                .query(Services::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("No such service"));
    }

    @Transactional(readOnly = true)
    public boolean anyExist() {
        return jdbc.sql("select exists (select 1 from service)").query(Boolean.class).single();
    }

    /** Creates a service with default settings; its first staff are added by the caller in the same transaction. */
    @Transactional
    public ServiceId create(String name, String odsCode) {
        ServiceId id = ServiceId.random();
        jdbc.sql("insert into service (id, name, ods_code) values (?, ?, ?)")
                .params(id.value(), name, odsCode)
                .update();
        seedCompetenciesWhereMissing();
        return id;
    }

    /**
     * Every service starts from the national PWP curriculum's competencies for trainees; the lead adds its own.
     * Services loaded in bulk (the demo) get them here too.
     */
    @Transactional
    public void seedCompetenciesWhereMissing() {
        jdbc.sql("""
                        insert into competency (service_id, code, title, position)
                        select s.id, c.code, c.title, c.position
                          from service s
                         cross join (values
                            ('ENGAGEMENT', 'Engagement and assessment of people with common mental health problems', 1),
                            ('RISK', 'Assessing and managing risk, including safeguarding', 2),
                            ('LI_TREATMENT', 'Evidence-based low-intensity treatment', 3),
                            ('MEASURES', 'Using outcome measures session by session', 4),
                            ('SUPERVISION', 'Using case management supervision', 5),
                            ('VALUES', 'Values, diversity and context', 6)) as c(code, title, position)
                         where not exists (select 1 from competency x where x.service_id = s.id)
                        """)
                .update();
    }

    @Transactional
    public void setUnallocatedResponsible(ServiceId service, StaffId staff) {
        jdbc.sql("update service set unallocated_responsible_id = ? where id = ?")
                .params(staff.value(), service.value())
                .update();
    }

    @Transactional
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    public void change(ServiceId id, ServiceSettingsChange change, StaffId by) {
        int updated = jdbc.sql("""
                        update service
                           set allocating_roles = ?::text[], triage_mode = ?, pwp_caseload_cap = ?,
                               trainee_cap_percent = ?, hi_caseload_cap = ?, waiting_list_policy = ?,
                               unallocated_responsible_id = ?, dna_prompt_after = ?, version = version + 1,
                               changed_at = ?, changed_by = ?
                         where id = ? and version = ?
                        """)
                .params(toArrayLiteral(change.allocatingRoles()), change.triageMode().name(), change.pwpCaseloadCap(),
                        change.traineeCapPercent(), change.highIntensityCaseloadCap(), change.waitingListPolicy().name(),
                        change.unallocatedResponsible() == null ? null : change.unallocatedResponsible().value(),
                        change.dnaPromptAfter(),
                        java.sql.Timestamp.from(clock.instant()), by.value(), id.value(), change.expectedVersion())
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("service's settings");
        }
    }

    private static String toArrayLiteral(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static ServiceSettings map(ResultSet rs, int row) throws SQLException {
        UUID unallocated = rs.getObject("unallocated_responsible_id", UUID.class);
        return new ServiceSettings(
                new ServiceId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                ZoneId.of(rs.getString("time_zone")),
                roles(rs.getArray("allocating_roles")),
                TriageMode.valueOf(rs.getString("triage_mode")),
                rs.getInt("pwp_caseload_cap"),
                rs.getInt("trainee_cap_percent"),
                rs.getInt("hi_caseload_cap"),
                WaitingListPolicy.valueOf(rs.getString("waiting_list_policy")),
                Optional.ofNullable(unallocated).map(StaffId::new).orElse(null),
                rs.getInt("dna_prompt_after"),
                rs.getInt("version"));
    }

    static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
