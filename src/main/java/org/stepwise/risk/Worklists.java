package org.stepwise.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * The duty view (the whole service) and the supervision view (one supervisor's supervisees): one keyset-paginated
 * query per list, ordered by what falls due first.
 */
@Repository
class Worklists {

    static final int PAGE_SIZE = 25;

    private static final String CASE = """
              join referral r on r.service_id = x.service_id and r.id = x.referral_id
              join patient p on p.service_id = r.service_id and p.id = r.patient_id
              left join staff pr on pr.service_id = r.service_id and pr.id = r.practitioner_id
            """;
    private static final String SUPERVISEES = "(select id from staff where service_id = :service and supervisor_id = :supervisor)";

    private final JdbcClient jdbc;

    Worklists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param supervisor whose supervisees' items to list, or null for the whole service */
    List<WorkItem> list(WorkSection section, ServiceId service, StaffId supervisor, UUID after, Instant now,
                        LocalDate today) {
        String sql = switch (section) {
            case FLAGS -> """
                    select x.id, x.referral_id, x.detail as what, pr.full_name as who, x.raised_at as since,
                           x.review_due_at as due_at, null::date as due_on, p.family_name, p.given_name
                      from risk_flag x""" + CASE + """
                     where x.service_id = :service
                       and not exists (select 1 from risk_flag_review v where v.service_id = x.service_id and v.flag_id = x.id)
                    """ + (supervisor == null ? "" : " and r.practitioner_id in " + SUPERVISEES)
                    + keyset(after, "review_due_at", "risk_flag") + " order by x.review_due_at, x.id";
            case SAFEGUARDING -> """
                    select x.id, x.referral_id, initcap(lower(x.concern_for)) || ': ' || x.person_at_risk as what, o.full_name as who,
                           x.raised_at as since, null::timestamptz as due_at, null::date as due_on, x.status,
                           p.family_name, p.given_name
                      from safeguarding_concern x""" + CASE + """
                      join staff o on o.service_id = x.service_id and o.id = x.owner_id
                     where x.service_id = :service and x.status <> 'CLOSED'
                    """ + (supervisor == null ? "" : " and (x.owner_id in " + SUPERVISEES + " or r.practitioner_id in "
                    + SUPERVISEES + ")") + keyset(after, "raised_at", "safeguarding_concern") + " order by x.raised_at, x.id";
            case ONWARD -> """
                    select x.id, x.referral_id, x.organisation || ' (' || lower(x.urgency) || ')' as what,
                           c.full_name as who, x.referred_at as since, x.chase_due_at as due_at, null::date as due_on,
                           x.status, p.family_name, p.given_name
                      from onward_referral x""" + CASE + """
                      join staff c on c.service_id = x.service_id and c.id = x.created_by
                     where x.service_id = :service and x.status in ('SENT', 'ACKNOWLEDGED')
                    """ + (supervisor == null ? "" : " and (x.created_by in " + SUPERVISEES + " or r.practitioner_id in "
                    + SUPERVISEES + ")") + keyset(after, "chase_due_at", "onward_referral") + " order by x.chase_due_at, x.id";
            case TASKS -> """
                    select x.id, x.referral_id, x.title as what, o.full_name as who, x.created_at as since,
                           null::timestamptz as due_at, x.due_on, x.priority, p.family_name, p.given_name
                      from task x""" + CASE + """
                      join staff o on o.service_id = x.service_id and o.id = x.owner_id
                     where x.service_id = :service and x.status = 'OPEN' and x.due_on < :today
                    """ + (supervisor == null ? "" : " and x.owner_id in " + SUPERVISEES)
                    + keyset(after, "due_on", "task") + " order by x.due_on, x.id";
        };
        JdbcClient.StatementSpec spec = jdbc.sql(sql + " limit :limit")
                .param("service", service.value())
                .param("limit", PAGE_SIZE + 1);
        if (supervisor != null) {
            spec = spec.param("supervisor", supervisor.value());
        }
        if (after != null) {
            spec = spec.param("after", after);
        }
        if (section == WorkSection.TASKS) {
            spec = spec.param("today", java.sql.Date.valueOf(today));
        }
        return spec.query((rs, n) -> map(section, rs, now, today)).list();
    }

    /** Rows after the cursor row in the list's own order (its sort column, then id). */
    private static String keyset(UUID after, String column, String table) {
        return after == null ? "" : " and (x." + column + ", x.id) > (select " + column + ", id from " + table
                + " where service_id = :service and id = :after)";
    }

    private static WorkItem map(WorkSection section, ResultSet rs, Instant now, LocalDate today) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        ReferralId referral = new ReferralId(rs.getObject("referral_id", UUID.class));
        Timestamp dueAt = rs.getTimestamp("due_at");
        java.sql.Date dueOn = rs.getDate("due_on");
        String name = rs.getString("family_name").toUpperCase(Locale.UK) + ", " + rs.getString("given_name");
        boolean overdue = dueAt != null ? !now.isBefore(dueAt.toInstant()) : dueOn != null && dueOn.toLocalDate().isBefore(today);
        String label;
        String tag;
        String href;
        switch (section) {
            case FLAGS -> {
                label = overdue ? FlagState.REVIEW_OVERDUE.label() : FlagState.AWAITING_REVIEW.label();
                tag = overdue ? "govuk-tag--red" : "govuk-tag--orange";
                href = "/risk-flags/" + id + "/review";
            }
            case SAFEGUARDING -> {
                ConcernStatus status = ConcernStatus.valueOf(rs.getString("status"));
                label = status.label();
                tag = status.tagClass();
                href = "/safeguarding/" + id;
            }
            case ONWARD -> {
                OnwardStatus status = OnwardStatus.valueOf(rs.getString("status"));
                label = overdue ? "Chase now" : status.label();
                tag = overdue ? "govuk-tag--red" : status.tagClass();
                href = "/onward-referrals/" + id;
            }
            default -> {
                Priority priority = Priority.valueOf(rs.getString("priority"));
                label = priority.label() + " priority";
                tag = priority.tagClass();
                href = "/referrals/" + referral + "#tasks";
            }
        }
        return new WorkItem(id, referral, name, rs.getString("what"), rs.getString("who"), label, tag,
                rs.getTimestamp("since").toInstant(), dueAt == null ? null : dueAt.toInstant(),
                dueOn == null ? null : dueOn.toLocalDate(), overdue, href);
    }
}
