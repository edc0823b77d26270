package org.stepwise.responsibility;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.GpPracticeId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * The append-only record of who held responsibility for each case and who decided what.
 * Writes join the caller's transaction: a decision and the responsibility it changes land together or not at all.
 */
@Service
public class ResponsibilityLedger {

    private final JdbcClient jdbc;

    ResponsibilityLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands clinical responsibility (and, if given, the treating role) to new holders from {@code at}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assignClinical(ServiceId service, ReferralId referral, StaffId clinical, StaffId treating,
                               String reason, StaffId by, Instant at) {
        end(service, referral, ResponsibilityKind.CLINICAL, at);
        end(service, referral, ResponsibilityKind.TREATING, at);
        insert(service, referral, ResponsibilityKind.CLINICAL, clinical.value(), null, reason, by, at);
        if (treating != null) {
            insert(service, referral, ResponsibilityKind.TREATING, treating.value(), null, reason, by, at);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void assignMedical(ServiceId service, ReferralId referral, GpPracticeId practice, String reason,
                              StaffId by, Instant at) {
        end(service, referral, ResponsibilityKind.MEDICAL, at);
        insert(service, referral, ResponsibilityKind.MEDICAL, null, practice.value(), reason, by, at);
    }

    /** Ends every open period when the case closes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void endAll(ServiceId service, ReferralId referral, Instant at) {
        for (ResponsibilityKind kind : ResponsibilityKind.values()) {
            end(service, referral, kind, at);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ServiceId service, ReferralId referral, DecisionKind kind, String summary, StaffId by,
                       Instant at) {
        jdbc.sql("""
                        insert into decision (service_id, id, referral_id, kind, summary, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), UUID.randomUUID(), referral.value(), kind.name(), summary, by.value(),
                        Timestamp.from(at))
                .update();
    }

    /** Every period for the case, oldest first, with holders' names. */
    @Transactional(readOnly = true)
    public List<ResponsibilityPeriod> history(ServiceId service, ReferralId referral) {
        return jdbc.sql("""
                        select r.kind, coalesce(s.full_name, g.name || ' (' || g.ods_code || ')') as holder,
                               s.roles, s.trainee,
                               r.started_at, r.ended_at, r.reason, rb.full_name as recorded_by
                          from responsibility_period r
                          left join staff s on s.service_id = r.service_id and s.id = r.staff_id
                          left join gp_practice g on g.service_id = r.service_id and g.id = r.gp_practice_id
                          join staff rb on rb.service_id = r.service_id and rb.id = r.recorded_by
                         where r.service_id = ? and r.referral_id = ?
                         order by r.started_at, r.kind
                        """)
                .params(service.value(), referral.value())
                .query((rs, row) -> new ResponsibilityPeriod(
                        ResponsibilityKind.valueOf(rs.getString("kind")),
                        rs.getString("holder"),
                        holderRole(rs.getArray("roles"), rs.getBoolean("trainee")),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(),
                        rs.getString("reason"),
                        rs.getString("recorded_by")))
                .list();
    }

    /** Who held each kind of responsibility at a moment (empty kinds are absent). */
    @Transactional(readOnly = true)
    public List<ResponsibilityPeriod> heldAt(ServiceId service, ReferralId referral, Instant moment) {
        return history(service, referral).stream().filter(p -> p.heldAt(moment)).toList();
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(ServiceId service, ReferralId referral) {
        return jdbc.sql("""
                        select d.kind, d.summary, s.full_name, d.decided_at
                          from decision d
                          join staff s on s.service_id = d.service_id and s.id = d.decided_by
                         where d.service_id = ? and d.referral_id = ?
                         order by d.decided_at, d.id
                        """)
                .params(service.value(), referral.value())
                .query((rs, row) -> new Decision(DecisionKind.valueOf(rs.getString("kind")), rs.getString("summary"),
                        rs.getString("full_name"), rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /** How the holder is described: their roles in words, or "GP practice" for medical responsibility. */
    private static String holderRole(java.sql.Array roles, boolean trainee) throws java.sql.SQLException {
        if (roles == null) {
            return "GP practice";
        }
        return java.util.Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).sorted()
                .map(r -> r == Role.PWP && trainee ? "Trainee PWP" : r.label())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private void end(ServiceId service, ReferralId referral, ResponsibilityKind kind, Instant at) {
        jdbc.sql("""
                        update responsibility_period set ended_at = ?
                         where service_id = ? and referral_id = ? and kind = ? and ended_at is null
                        """)
                .params(Timestamp.from(at), service.value(), referral.value(), kind.name())
                .update();
    }

    private void insert(ServiceId service, ReferralId referral, ResponsibilityKind kind, UUID staff, UUID practice,
                        String reason, StaffId by, Instant at) {
        jdbc.sql("""
                        insert into responsibility_period (service_id, id, referral_id, kind, staff_id, gp_practice_id,
                                                           started_at, reason, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), UUID.randomUUID(), referral.value(), kind.name(), staff, practice,
                        Timestamp.from(at), reason, by.value())
                .update();
    }
}
