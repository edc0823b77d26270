package org.stepwise.risk;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Tasks; a completed task never changes again (the database refuses it). */
@Repository
class TaskStore {

    static final int PAGE_SIZE = 25;

    private static final String SELECT = """
            select t.*, p.family_name, p.given_name, o.full_name as owner_name, c.full_name as created_by_name,
                   d.full_name as completed_by_name
              from task t
              join referral r on r.service_id = t.service_id and r.id = t.referral_id
              join patient p on p.service_id = r.service_id and p.id = r.patient_id
              join staff o on o.service_id = t.service_id and o.id = t.owner_id
              join staff c on c.service_id = t.service_id and c.id = t.created_by
              left join staff d on d.service_id = t.service_id and d.id = t.completed_by
            """;

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(ServiceId service, ReferralId referral, NewTask t, TaskOrigin origin, UUID onwardReferral, StaffId by,
                Instant at) {
        return insert(service, referral, t, origin, onwardReferral, null, by, at);
    }

    UUID insert(ServiceId service, ReferralId referral, NewTask t, TaskOrigin origin, UUID onwardReferral,
                UUID supervisionDiscussion, StaffId by, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into task (service_id, id, referral_id, title, owner_id, due_on, priority, origin,
                                          onward_referral_id, supervision_discussion_id, status, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                        """)
                .params(service.value(), id, referral.value(), t.title(), t.owner().value(), Date.valueOf(t.dueOn()),
                        t.priority().name(), origin.name(), onwardReferral, supervisionDiscussion, by.value(),
                        Timestamp.from(at))
                .update();
        return id;
    }

    void complete(ServiceId service, UUID task, int expectedVersion, String note, StaffId by, Instant at) {
        int updated = jdbc.sql("""
                        update task set status = 'DONE', completed_by = ?, completed_at = ?, completion_note = ?,
                                        version = version + 1
                         where service_id = ? and id = ? and version = ? and status = 'OPEN'
                        """)
                .params(by.value(), Timestamp.from(at), note, service.value(), task, expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditException("task");
        }
    }

    /** Completes whatever a rule left open for an onward referral, once the answer it was waiting for arrives. */
    void completeForOnwardReferral(ServiceId service, UUID onward, String note, StaffId by, Instant at) {
        jdbc.sql("""
                        update task set status = 'DONE', completed_by = ?, completed_at = ?, completion_note = ?,
                                        version = version + 1
                         where service_id = ? and onward_referral_id = ? and status = 'OPEN'
                        """)
                .params(by.value(), Timestamp.from(at), note, service.value(), onward)
                .update();
    }

    Optional<Task> find(ServiceId service, UUID id) {
        return jdbc.sql(SELECT + " where t.service_id = ? and t.id = ?")
                .params(service.value(), id)
                .query(TaskStore::map)
                .optional();
    }

    /** Open tasks first by due date, then completed ones, newest first. */
    List<Task> forReferral(ServiceId service, ReferralId referral) {
        return jdbc.sql(SELECT + """
                         where t.service_id = ? and t.referral_id = ?
                         order by (t.status = 'DONE'), case when t.status = 'OPEN' then t.due_on end,
                                  t.completed_at desc, t.id
                        """)
                .params(service.value(), referral.value())
                .query(TaskStore::map)
                .list();
    }

    /** One page of someone's open tasks, soonest due first, after the task {@code after} (keyset). */
    List<Task> openFor(ServiceId service, StaffId owner, UUID after) {
        String keyset = after == null ? "" : """
                 and (t.due_on, t.id) > (select due_on, id from task where service_id = :service and id = :after)
                """;
        JdbcClient.StatementSpec spec = jdbc.sql(SELECT + """
                         where t.service_id = :service and t.owner_id = :owner and t.status = 'OPEN'
                        """ + keyset + " order by t.due_on, t.id limit :limit")
                .param("service", service.value())
                .param("owner", owner.value())
                .param("limit", PAGE_SIZE + 1);
        if (after != null) {
            spec = spec.param("after", after);
        }
        return spec.query(TaskStore::map).list();
    }

    /** The tasks agreed at the given supervision discussions, keyed by discussion, in the order agreed. */
    Map<UUID, List<Task>> forDiscussions(ServiceId service, Collection<UUID> discussions) {
        Map<UUID, List<Task>> byDiscussion = new HashMap<>();
        if (discussions.isEmpty()) {
            return byDiscussion;
        }
        jdbc.sql(SELECT + """
                         where t.service_id = ? and t.supervision_discussion_id = any(?)
                         order by t.created_at, t.id
                        """)
                .params(service.value(), discussions.toArray(UUID[]::new))
                .query(rs -> {
                    byDiscussion.computeIfAbsent(rs.getObject("supervision_discussion_id", UUID.class),
                            k -> new ArrayList<>()).add(map(rs, 0));
                });
        return byDiscussion;
    }

    static Task map(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Task(rs.getObject("id", UUID.class), new ReferralId(rs.getObject("referral_id", UUID.class)),
                rs.getString("family_name").toUpperCase(Locale.UK) + ", " + rs.getString("given_name"),
                rs.getString("title"), new StaffId(rs.getObject("owner_id", UUID.class)), rs.getString("owner_name"),
                rs.getDate("due_on").toLocalDate(), Priority.valueOf(rs.getString("priority")),
                TaskOrigin.valueOf(rs.getString("origin")), TaskStatus.valueOf(rs.getString("status")),
                rs.getString("created_by_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("completed_by_name"), completed == null ? null : completed.toInstant(),
                rs.getString("completion_note"), rs.getInt("version"));
    }
}
