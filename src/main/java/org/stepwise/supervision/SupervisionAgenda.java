package org.stepwise.supervision;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.measures.InstrumentCatalogue;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.MeasureSettings;
import org.stepwise.measures.NotOnTrack;
import org.stepwise.measures.ReliableChange;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * The agenda for a supervisee's case management supervision: every open case the rules raise, most urgent
 * first. One query gathers the facts for the whole caseload.
 */
@Service
public class SupervisionAgenda {

    private final JdbcClient jdbc;
    private final MeasureSettings measures;
    private final SupervisionSessions sessions;
    private final NotOnTrack notOnTrack;
    private final AgendaSettingsService settings;
    private final Clock clock;

    SupervisionAgenda(JdbcClient jdbc, MeasureSettings measures, SupervisionSessions sessions,
                      NotOnTrack notOnTrack, AgendaSettingsService settings, Clock clock) {
        this.settings = settings;
        this.notOnTrack = notOnTrack;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.measures = measures;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AgendaItem> forPractitioner(ServiceId service, StaffId practitioner) {
        return forPractitioners(service, List.of(practitioner)).get(practitioner);
    }

    /**
     * The agendas of several practitioners at once, for a supervisor's overview: the same few queries however many
     * supervisees there are.
     */
    @Transactional(readOnly = true)
    public Map<StaffId, List<AgendaItem>> forPractitioners(ServiceId service, Collection<StaffId> practitioners) {
        LocalDate today = LocalDate.now(clock);
        AgendaRules rules = new AgendaRules(settings.settings(service));
        InstrumentCatalogue catalogue = measures.catalogue(service);
        Map<StaffId, Map<ReferralId, LocalDate>> discussed = sessions.lastDiscussed(service, practitioners);
        Set<ReferralId> notOnTrack = this.notOnTrack.forPractitioners(service, practitioners);
        Map<StaffId, List<AgendaItem>> agendas = new HashMap<>();
        practitioners.forEach(p -> agendas.put(p, new ArrayList<>()));
        for (Row row : facts(service, practitioners, catalogue)) {
            CaseFacts f = withLastDiscussed(row.facts(),
                    discussed.getOrDefault(row.practitioner(), Map.of()).get(row.facts().referral()));
            AgendaItem item = new AgendaItem(f, rules.reasons(f, today, notOnTrack.contains(f.referral())));
            if (!item.reasons().isEmpty()) {
                agendas.get(row.practitioner()).add(item);
            }
        }
        agendas.replaceAll((p, items) -> items.stream()
                .sorted(Comparator.comparing((AgendaItem i) -> i.first().ordinal())
                        .thenComparing(i -> i.facts().patientName()))
                .toList());
        return agendas;
    }

    private record Row(StaffId practitioner, CaseFacts facts) {
    }

    private static CaseFacts withLastDiscussed(CaseFacts f, LocalDate lastDiscussed) {
        return new CaseFacts(f.referral(), f.patientName(), f.step(), f.status(), f.receivedDate(), f.firstAssessment(),
                f.treatmentSessions(), f.lastAttended(), f.lastOutcomeDna(), f.openRiskItems(), f.depression(),
                f.anxiety(), f.waitingSince(), lastDiscussed);
    }

    private List<Row> facts(ServiceId service, Collection<StaffId> practitioners, InstrumentCatalogue catalogue) {
        return jdbc.sql("""
                        select r.id, r.practitioner_id, p.family_name, p.given_name, r.step, r.status, r.received_date, r.waiting_since,
                               (select min(a.starts_at) from appointment a where a.service_id = r.service_id
                                  and a.referral_id = r.id and a.attendance in ('5', '6') and a.purpose in ('01', '03'))
                                 as first_assessment,
                               (select count(*) from appointment a where a.service_id = r.service_id
                                  and a.referral_id = r.id and a.attendance in ('5', '6')
                                  and a.purpose in ('02', '03', '05')) as sessions,
                               (select max(a.starts_at) from appointment a where a.service_id = r.service_id
                                  and a.referral_id = r.id and a.attendance in ('5', '6')) as last_attended,
                               (select a.attendance = '3' from appointment a where a.service_id = r.service_id
                                  and a.referral_id = r.id and a.attendance is not null
                                order by a.starts_at desc limit 1) as last_dna,
                               (select count(*) from risk_flag f where f.service_id = r.service_id
                                  and f.referral_id = r.id and not exists (select 1 from risk_flag_review v
                                   where v.service_id = f.service_id and v.flag_id = f.id))
                               + (select count(*) from safeguarding_concern g where g.service_id = r.service_id
                                  and g.referral_id = r.id and g.status <> 'CLOSED') as open_risk_items,
                               %s as phq9, %s as gad7
                          from referral r
                          join patient p on p.service_id = r.service_id and p.id = r.patient_id
                         where r.service_id = ? and r.practitioner_id = any(?)
                           and r.status in ('ALLOCATED', 'IN_TREATMENT')
                        """.formatted(firstAndLast("PHQ9"), firstAndLast("GAD7")))
                .params(service.value(), practitioners.stream().map(StaffId::value).toArray(UUID[]::new))
                .query((rs, n) -> new Row(new StaffId(rs.getObject("practitioner_id", UUID.class)), new CaseFacts(
                        new ReferralId(rs.getObject("id", UUID.class)),
                        rs.getString("family_name").toUpperCase(Locale.UK) + ", " + rs.getString("given_name"),
                        rs.getInt("step"), rs.getString("status"), rs.getDate("received_date").toLocalDate(),
                        day(rs.getTimestamp("first_assessment")), rs.getInt("sessions"),
                        day(rs.getTimestamp("last_attended")), rs.getBoolean("last_dna"), rs.getInt("open_risk_items"),
                        change(catalogue, InstrumentCode.PHQ9, rs.getArray("phq9")),
                        change(catalogue, InstrumentCode.GAD7, rs.getArray("gad7")),
                        rs.getDate("waiting_since") == null ? null : rs.getDate("waiting_since").toLocalDate(),
                        null)))
                .list();
    }

    /** First and latest current totals on a measure, in that order (one element if only one score). */
    private static String firstAndLast(String instrument) {
        return """
                (select array[min(x.total) filter (where x.n = 1), min(x.total) filter (where x.n = x.total_count)]
                   from (select q.total, row_number() over (order by q.completed_on, q.entered_at) as n,
                                count(*) over () as total_count
                           from questionnaire_response q
                          where q.service_id = r.service_id and q.referral_id = r.id and q.instrument = '%s'
                            and not exists (select 1 from questionnaire_response c
                                             where c.service_id = q.service_id and c.corrects = q.id)) x
                  where x.total_count > 1)""".formatted(instrument);
    }

    private static ReliableChange change(InstrumentCatalogue catalogue, InstrumentCode code, Array totals)
            throws SQLException {
        if (totals == null) {
            return null;
        }
        BigDecimal[] pair = (BigDecimal[]) totals.getArray();
        if (pair.length < 2 || pair[0] == null || pair[1] == null) {
            return null;
        }
        return ReliableChange.between(catalogue.get(code), pair[0], pair[1]);
    }

    private LocalDate day(java.sql.Timestamp t) {
        return t == null ? null : LocalDate.ofInstant(t.toInstant(), clock.getZone());
    }
}
