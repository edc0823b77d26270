package org.stepwise.casefile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;

/**
 * Everything that happened in a case, in order, each with who and when: status changes, decisions (allocations,
 * steps, supervision, discharge), responsibility changes, contacts and scores — fit for a serious incident review.
 * Read in one query across the tables the modules own, through their append-only records.
 */
@Service
public class Chronology {

    private final JdbcClient jdbc;
    private final CaseAccess access;

    Chronology(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Everything up to and including {@code until} (now for the whole chronology). */
    @Transactional(readOnly = true)
    public List<ChronologyEntry> of(ServiceId service, ReferralId referral, Instant until) {
        access.guardReferral(service, referral, Need.CLINICAL);
        return jdbc.sql("""
                        select at, kind, detail, who from (
                          select d.decided_at as at, d.kind as kind, d.summary as detail, s.full_name as who
                            from decision d join staff s on s.service_id = d.service_id and s.id = d.decided_by
                           where d.service_id = :service and d.referral_id = :referral
                          union all
                          select p.started_at, 'RESPONSIBILITY', p.kind || ' responsibility to '
                                 || coalesce(h.full_name, g.name) || ': ' || p.reason, r.full_name
                            from responsibility_period p
                            left join staff h on h.service_id = p.service_id and h.id = p.staff_id
                            left join gp_practice g on g.service_id = p.service_id and g.id = p.gp_practice_id
                            join staff r on r.service_id = p.service_id and r.id = p.recorded_by
                           where p.service_id = :service and p.referral_id = :referral
                          union all
                          select a.starts_at, 'APPOINTMENT',
                                 case a.purpose when '01' then 'Assessment' when '02' then 'Treatment'
                                      when '03' then 'Assessment and treatment' when '04' then 'Review'
                                      when '05' then 'Review and treatment' when '06' then 'Follow-up'
                                      else 'Appointment' end || ': '
                                 || case a.attendance when '2' then 'cancelled by the patient' when '3' then 'did not attend'
                                      when '4' then 'cancelled by the service' when '5' then 'attended'
                                      when '6' then 'arrived late, seen' when '7' then 'arrived late, not seen'
                                      else 'booked' end
                                 || coalesce(', ' || a.attended_minutes || ' minutes', '')
                                 || coalesce(' (' || a.cancellation_reason || ')', ''), s.full_name
                            from appointment a join staff s on s.service_id = a.service_id and s.id = a.practitioner_id
                           where a.service_id = :service and a.referral_id = :referral
                          union all
                          select q.entered_at, 'SCORE', q.instrument || ' ' || regexp_replace(q.total::text, '\\.?0+$', '')
                                 || ', completed ' || to_char(q.completed_on, 'FMDD Mon YYYY')
                                 || case when q.risk_item_raised then ' (question 9 above 0)' else '' end
                                 || coalesce(' correcting an earlier entry: ' || q.correction_reason, ''), s.full_name
                            from questionnaire_response q join staff s on s.service_id = q.service_id and s.id = q.entered_by
                           where q.service_id = :service and q.referral_id = :referral
                          union all
                          select f.raised_at, 'RISK_FLAG', f.detail, s.full_name
                            from risk_flag f join staff s on s.service_id = f.service_id and s.id = f.raised_by
                           where f.service_id = :service and f.referral_id = :referral
                          union all
                          select ss.signed_at, 'SUPERVISION', case when sd.discussed
                                 then 'Discussed with ' || e.full_name || ': ' || sd.decision || '. ' || sd.discussion
                                 else 'On the agenda, not discussed' end, sv.full_name
                            from supervision_discussion sd
                            join supervision_session ss on ss.service_id = sd.service_id and ss.id = sd.session_id
                            join staff sv on sv.service_id = ss.service_id and sv.id = ss.supervisor_id
                            join staff e on e.service_id = ss.service_id and e.id = ss.supervisee_id
                           where sd.service_id = :service and sd.referral_id = :referral
                        ) events
                        where at <= :until
                        order by at, kind
                        """)
                .param("service", service.value())
                .param("referral", referral.value())
                .param("until", Timestamp.from(until))
                .query((rs, n) -> new ChronologyEntry(rs.getTimestamp("at").toInstant(), rs.getString("kind"),
                        rs.getString("detail"), rs.getString("who")))
                .list()
                .stream().sorted(Comparator.comparing(ChronologyEntry::at)).toList();
    }
}
