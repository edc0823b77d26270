package org.stepwise.risk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * Counts for banners and home pages, each one query. Counts say that something is open, never what it is, so they
 * are safe to show to anyone who may see the patient's banner.
 */
@Service
public class RiskSummaries {

    private static final String OPEN_FLAG = """
            not exists (select 1 from risk_flag_review v where v.service_id = f.service_id and v.flag_id = f.id)""";

    private final JdbcClient jdbc;
    private final RiskClock time;

    RiskSummaries(JdbcClient jdbc, RiskClock time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public RiskAlerts forReferral(ServiceId service, ReferralId referral) {
        return alerts(service, "r.id = :key", referral.value());
    }

    @Transactional(readOnly = true)
    public RiskAlerts forPatient(ServiceId service, PatientId patient) {
        return alerts(service, "r.patient_id = :key", patient.value());
    }

    /** Per supervisee of {@code supervisor}: open and overdue flags on their cases, concerns they own, overdue tasks. */
    @Transactional(readOnly = true)
    public Map<StaffId, SuperviseeRisk> forSupervisees(ServiceId service, StaffId supervisor) {
        Map<StaffId, SuperviseeRisk> bySupervisee = new HashMap<>();
        jdbc.sql("""
                        select s.id,
                          (select count(*) from risk_flag f join referral r on r.service_id = f.service_id and r.id = f.referral_id
                            where f.service_id = s.service_id and r.practitioner_id = s.id and %1$s) as open_flags,
                          (select count(*) from risk_flag f join referral r on r.service_id = f.service_id and r.id = f.referral_id
                            where f.service_id = s.service_id and r.practitioner_id = s.id and %1$s
                              and f.review_due_at <= :now) as overdue_flags,
                          (select count(*) from safeguarding_concern c
                            where c.service_id = s.service_id and c.owner_id = s.id and c.status <> 'CLOSED') as concerns,
                          (select count(*) from task t where t.service_id = s.service_id and t.owner_id = s.id
                              and t.status = 'OPEN' and t.due_on < :today) as overdue_tasks
                          from staff s where s.service_id = :service and s.supervisor_id = :supervisor
                        """.formatted(OPEN_FLAG))
                .param("service", service.value())
                .param("supervisor", supervisor.value())
                .param("now", Timestamp.from(time.now()))
                .param("today", java.sql.Date.valueOf(time.today(service)))
                .query(rs -> {
                    bySupervisee.put(new StaffId(rs.getObject("id", UUID.class)), new SuperviseeRisk(
                            rs.getInt("open_flags"), rs.getInt("overdue_flags"), rs.getInt("concerns"),
                            rs.getInt("overdue_tasks")));
                });
        return bySupervisee;
    }

    @Transactional(readOnly = true)
    public MyTaskCounts tasksOf(ServiceId service, StaffId owner) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where due_on < :today) from task
                         where service_id = :service and owner_id = :owner and status = 'OPEN'
                        """)
                .param("service", service.value())
                .param("owner", owner.value())
                .param("today", java.sql.Date.valueOf(time.today(service)))
                .query((rs, n) -> new MyTaskCounts(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    @Transactional(readOnly = true)
    public DutyCounts duty(ServiceId service) {
        return jdbc.sql("""
                        select
                          (select count(*) from risk_flag f where f.service_id = :service and %1$s),
                          (select count(*) from risk_flag f where f.service_id = :service and %1$s and f.review_due_at <= :now),
                          (select count(*) from safeguarding_concern where service_id = :service and status <> 'CLOSED'),
                          (select count(*) from onward_referral where service_id = :service and status in ('SENT', 'ACKNOWLEDGED')),
                          (select count(*) from onward_referral where service_id = :service
                              and status in ('SENT', 'ACKNOWLEDGED') and chase_due_at <= :now),
                          (select count(*) from task where service_id = :service and status = 'OPEN' and due_on < :today)
                        """.formatted(OPEN_FLAG))
                .param("service", service.value())
                .param("now", Timestamp.from(time.now()))
                .param("today", java.sql.Date.valueOf(time.today(service)))
                .query((rs, n) -> new DutyCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)))
                .single();
    }

    private RiskAlerts alerts(ServiceId service, String which, UUID key) {
        Instant now = time.now();
        return jdbc.sql("""
                        select
                          (select count(*) from risk_flag f join referral r on r.service_id = f.service_id and r.id = f.referral_id
                            where f.service_id = :service and %1$s and %2$s),
                          (select count(*) from risk_flag f join referral r on r.service_id = f.service_id and r.id = f.referral_id
                            where f.service_id = :service and %1$s and %2$s and f.review_due_at <= :now),
                          (select count(*) from safeguarding_concern c join referral r on r.service_id = c.service_id and r.id = c.referral_id
                            where c.service_id = :service and %1$s and c.status <> 'CLOSED')
                        """.formatted(which, OPEN_FLAG))
                .param("service", service.value())
                .param("key", key)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new RiskAlerts(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }
}
