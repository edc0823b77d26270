package org.stepwise.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditTrail;
import org.stepwise.audit.AuditedRecord;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.risk.SupervisionTasks;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/**
 * Records a supervision session, signed when saved. Each discussed case's decision is attributed to the supervisor
 * in the responsibility ledger; cases not discussed are recorded as such and carry no supervisor entry.
 */
@Service
public class SupervisionSessions {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final ResponsibilityLedger ledger;
    private final SupervisionTasks tasks;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisionSessions(JdbcClient jdbc, StaffDirectory staff, ResponsibilityLedger ledger, SupervisionTasks tasks,
                        AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.audit = audit;
        this.jdbc = jdbc;
        this.staff = staff;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public UUID sign(ServiceId service, StaffId supervisor, StaffId superviseeId, LocalDate heldOn,
                     List<Discussion> discussions) {
        Staff supervisee = staff.get(service, superviseeId);
        if (!supervisor.equals(supervisee.supervisorId())) {
            throw new AccessDeniedException("Only " + supervisee.fullName() + "'s supervisor can record their supervision.");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("The session date cannot be in the future");
        }
        if (discussions.stream().noneMatch(Discussion::discussed)) {
            throw new DomainException("Record at least one case as discussed");
        }
        Instant now = clock.instant();
        UUID session = UUID.randomUUID();
        jdbc.sql("""
                        insert into supervision_session (service_id, id, supervisor_id, supervisee_id, held_on, signed_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), session, supervisor.value(), superviseeId.value(), Date.valueOf(heldOn),
                        Timestamp.from(now))
                .update();
        Map<ReferralId, PatientId> patients = patientsOf(service, discussions);
        for (Discussion d : discussions) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into supervision_discussion (service_id, id, session_id, referral_id, reasons, discussed,
                                                                discussion, decision, actions)
                            values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?)
                            """)
                    .params(service.value(), id, session, d.referral().value(),
                            d.reasons().stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")),
                            d.discussed(), d.discussion(), d.decision() == null ? null : d.decision().name(),
                            d.actionsSummary())
                    .update();
            if (d.discussed()) {
                String actions = d.actionsSummary();
                ledger.record(service, d.referral(), DecisionKind.SUPERVISION_DECISION, d.decision().label() + ": "
                        + d.discussion() + (actions == null ? "" : " Actions: " + actions), supervisor, now);
                for (Action a : d.actions()) {
                    tasks.assign(service, d.referral(), id, a.title(), a.owner(), a.dueOn(), supervisor, now);
                }
                audit.recordChange(service, supervisor, patients.get(d.referral()),
                        AuditedRecord.of("SUPERVISION_DISCUSSION", id), AuditAction.CREATE, Map.of(),
                        Map.of("decision", d.decision().name(), "actions", d.actions().size()));
            }
        }
        return session;
    }

    private Map<ReferralId, PatientId> patientsOf(ServiceId service, List<Discussion> discussions) {
        Map<ReferralId, PatientId> patients = new HashMap<>();
        jdbc.sql("select id, patient_id from referral where service_id = ? and id = any(?)")
                .params(service.value(), discussions.stream().map(d -> d.referral().value()).toArray(UUID[]::new))
                .query(rs -> {
                    patients.put(new ReferralId(rs.getObject("id", UUID.class)),
                            new PatientId(rs.getObject("patient_id", UUID.class)));
                });
        return patients;
    }

    /**
     * When each case was last discussed in each supervisee's supervision, for the agenda's regular-coverage rule.
     */
    @Transactional(readOnly = true)
    public Map<StaffId, Map<ReferralId, LocalDate>> lastDiscussed(ServiceId service, Collection<StaffId> supervisees) {
        Map<StaffId, Map<ReferralId, LocalDate>> last = new HashMap<>();
        jdbc.sql("""
                        select s.supervisee_id, d.referral_id, max(s.held_on) as held_on
                          from supervision_discussion d
                          join supervision_session s on s.service_id = d.service_id and s.id = d.session_id
                         where d.service_id = ? and s.supervisee_id = any(?) and d.discussed
                         group by s.supervisee_id, d.referral_id
                        """)
                .params(service.value(), supervisees.stream().map(StaffId::value).toArray(UUID[]::new))
                .query(rs -> {
                    last.computeIfAbsent(new StaffId(rs.getObject("supervisee_id", UUID.class)), k -> new HashMap<>())
                            .put(new ReferralId(rs.getObject("referral_id", UUID.class)),
                                    rs.getDate("held_on").toLocalDate());
                });
        return last;
    }

    /** The last session on or before {@code day} that discussed the case, if any did. */
    @Transactional(readOnly = true)
    public Optional<CaseSupervision> lastDiscussion(ServiceId service, ReferralId referral, LocalDate day) {
        return jdbc.sql("""
                        select st.full_name, s.held_on, d.decision
                          from supervision_discussion d
                          join supervision_session s on s.service_id = d.service_id and s.id = d.session_id
                          join staff st on st.service_id = s.service_id and st.id = s.supervisor_id
                         where d.service_id = ? and d.referral_id = ? and d.discussed and s.held_on <= ?
                         order by s.held_on desc, s.signed_at desc
                         limit 1
                        """)
                .params(service.value(), referral.value(), Date.valueOf(day))
                .query((rs, n) -> new CaseSupervision(rs.getString("full_name"), rs.getDate("held_on").toLocalDate(),
                        SupervisionDecision.valueOf(rs.getString("decision"))))
                .optional();
    }
}
