package org.stepwise.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditTrail;
import org.stepwise.audit.AuditedRecord;
import org.stepwise.risk.SupervisionTasks;
import org.stepwise.risk.Task;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.Slice;
import org.stepwise.shared.StaffId;

/**
 * The record of a supervisee's signed sessions, newest first, and addenda to them. A signed session never changes;
 * its supervisor can add to it, with a reason, and the addendum is signed in their name.
 */
@Service
public class SupervisionRecords {

    static final int PAGE_SIZE = 10;
    static final int MAX_ADDENDUM = 4_000;

    private final JdbcClient jdbc;
    private final SupervisionTasks tasks;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisionRecords(JdbcClient jdbc, SupervisionTasks tasks, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of sessions after the session {@code after} (keyset on date held, time signed, id). */
    @Transactional(readOnly = true)
    public Slice<SessionRecord> forSupervisee(ServiceId service, StaffId supervisee, UUID after) {
        String keyset = after == null ? "" : """
                 and (s.held_on, s.signed_at, s.id) < (select held_on, signed_at, id from supervision_session
                                                        where service_id = :service and id = :after)
                """;
        JdbcClient.StatementSpec spec = jdbc.sql("""
                        select s.id, s.held_on, s.supervisor_id, st.full_name, s.signed_at
                          from supervision_session s
                          join staff st on st.service_id = s.service_id and st.id = s.supervisor_id
                         where s.service_id = :service and s.supervisee_id = :supervisee
                        """ + keyset + " order by s.held_on desc, s.signed_at desc, s.id desc limit :limit")
                .param("service", service.value())
                .param("supervisee", supervisee.value())
                .param("limit", PAGE_SIZE + 1);
        if (after != null) {
            spec = spec.param("after", after);
        }
        List<SessionRecord> heads = spec.query((rs, n) -> new SessionRecord(rs.getObject("id", UUID.class),
                rs.getDate("held_on").toLocalDate(), new StaffId(rs.getObject("supervisor_id", UUID.class)),
                rs.getString("full_name"), rs.getTimestamp("signed_at").toInstant(), List.of(), List.of())).list();
        Slice<SessionRecord> page = Slice.of(heads, PAGE_SIZE, s -> s.id().toString());
        return new Slice<>(withDetail(service, page.items()), page.nextCursor());
    }

    /** Cases and addenda for a page of sessions: three queries however many sessions and cases there are. */
    private List<SessionRecord> withDetail(ServiceId service, List<SessionRecord> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        UUID[] ids = heads.stream().map(SessionRecord::id).toArray(UUID[]::new);
        record Row(UUID session, SessionRecord.Case c) {
        }
        List<Row> rows = jdbc.sql("""
                        select d.id, d.session_id, d.referral_id, p.family_name, p.given_name, d.reasons, d.discussed,
                               d.discussion, d.decision, d.actions
                          from supervision_discussion d
                          join referral r on r.service_id = d.service_id and r.id = d.referral_id
                          join patient p on p.service_id = r.service_id and p.id = r.patient_id
                         where d.service_id = ? and d.session_id = any(?)
                         order by d.discussed desc, p.family_name, p.given_name, d.id
                        """)
                .params(service.value(), ids)
                .query((rs, n) -> new Row(rs.getObject("session_id", UUID.class), new SessionRecord.Case(
                        rs.getObject("id", UUID.class), new ReferralId(rs.getObject("referral_id", UUID.class)),
                        rs.getString("family_name").toUpperCase(Locale.UK) + ", " + rs.getString("given_name"),
                        Arrays.stream((String[]) rs.getArray("reasons").getArray()).map(AgendaReason::valueOf).toList(),
                        rs.getBoolean("discussed"), rs.getString("discussion"),
                        rs.getString("decision") == null ? null : SupervisionDecision.valueOf(rs.getString("decision")),
                        rs.getString("actions"), List.of())))
                .list();
        Map<UUID, List<Task>> agreed = tasks.forDiscussions(service,
                rows.stream().map(r -> r.c().discussionId()).toList());
        Map<UUID, List<SessionRecord.Case>> cases = new HashMap<>();
        for (Row r : rows) {
            SessionRecord.Case c = r.c();
            cases.computeIfAbsent(r.session(), k -> new ArrayList<>()).add(new SessionRecord.Case(c.discussionId(),
                    c.referral(), c.patientName(), c.reasons(), c.discussed(), c.discussion(), c.decision(),
                    c.actions(), agreed.getOrDefault(c.discussionId(), List.of())));
        }
        Map<UUID, List<SessionRecord.Addendum>> addenda = new HashMap<>();
        jdbc.sql("""
                        select a.session_id, st.full_name, a.added_at, a.body, a.reason
                          from supervision_addendum a
                          join staff st on st.service_id = a.service_id and st.id = a.author_id
                         where a.service_id = ? and a.session_id = any(?)
                         order by a.added_at, a.id
                        """)
                .params(service.value(), ids)
                .query(rs -> {
                    addenda.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
                            .add(new SessionRecord.Addendum(rs.getString("full_name"),
                                    rs.getTimestamp("added_at").toInstant(), rs.getString("body"),
                                    rs.getString("reason")));
                });
        return heads.stream().map(h -> new SessionRecord(h.id(), h.heldOn(), h.supervisorId(), h.supervisorName(),
                h.signedAt(), cases.getOrDefault(h.id(), List.of()), addenda.getOrDefault(h.id(), List.of()))).toList();
    }

    /** Adds to a signed session; only the supervisor who signed it may, and the reason is required. */
    @Transactional
    public void addAddendum(ServiceId service, StaffId supervisee, UUID session, String body, String reason,
                            StaffId by) {
        StaffId signedBy = jdbc.sql("""
                        select supervisor_id from supervision_session
                         where service_id = ? and id = ? and supervisee_id = ?
                        """)
                .params(service.value(), session, supervisee.value())
                .query((rs, n) -> new StaffId(rs.getObject(1, UUID.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such supervision session"));
        if (!signedBy.equals(by)) {
            throw new AccessDeniedException("Only the supervisor who signed a session can add to it.");
        }
        if (body.isBlank() || reason.isBlank()) {
            throw new DomainException("Write the addendum and the reason for it");
        }
        if (body.length() > MAX_ADDENDUM || reason.length() > 500) {
            throw new DomainException("Keep the addendum to " + MAX_ADDENDUM + " characters and its reason to 500");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into supervision_addendum (service_id, id, session_id, author_id, body, reason, added_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), id, session, by.value(), body.strip(), reason.strip(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.recordChange(service, by, null, AuditedRecord.of("SUPERVISION_ADDENDUM", id), AuditAction.CREATE,
                Map.of(), Map.of("session", session, "reason", reason.strip()));
    }
}
