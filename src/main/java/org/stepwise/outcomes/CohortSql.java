package org.stepwise.outcomes;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * The per-referral facts of each cohort as a SQL common table expression named {@code facts}: one row per
 * referral, read from the referral, its patient, its stored outcome and its attended appointments, always within
 * one service. Every figure is a condition over these columns ({@link Figures}); the aggregate and the drill-down
 * both start from here.
 *
 * <p>Columns shared by every cohort: id, patient_id, received_date, ended_date, step, practitioner_id, the
 * dimension columns {@code d_*}, first_treatment and second_treatment. Appointment days are taken in the
 * application's time zone, as {@code contact.TreatmentCourse} takes them.
 */
final class CohortSql {

    /** Treatment appointments as the national figures count them (domain-reference §9): 02, 03, 05 attended. */
    static final String ATTENDED_TREATMENT = "a.attendance in ('5', '6') and a.purpose in ('02', '03', '05')";
    static final String OPEN_STATUSES = "('AWAITING_TRIAGE', 'WAITING', 'ALLOCATED', 'IN_TREATMENT')";
    /**
     * The person behind each referral and the deprivation decile of their postcode, for the breakdowns. Left joins on
     * unique keys, so PostgreSQL leaves them out of a query that uses none of their columns, such as the totals.
     */
    /** The referrals with an attended treatment appointment in the period, each once. */
    private static final String TREATED_IN_PERIOD = """
            select distinct a.referral_id from appointment a
             where a.service_id = :service and %s
               and a.starts_at >= :fromInstant and a.starts_at < :toInstant""".formatted(ATTENDED_TREATMENT);
    private static final String PERSON = """
            left join patient p on p.service_id = r.service_id and p.id = r.patient_id
            left join deprivation_postcode dp on dp.postcode = postcode_pcds(p.postcode)
            left join deprivation_lsoa dl on dl.lsoa_code = dp.lsoa_code""";

    private final String sql;
    private final Map<String, Object> params;

    private CohortSql(String sql, Map<String, Object> params) {
        this.sql = sql;
        this.params = params;
    }

    String sql() {
        return sql;
    }

    Map<String, Object> params() {
        return params;
    }

    static CohortSql of(Cohort cohort, ServiceId service, Scope scope, OutcomeFilter filter, LocalDate today,
                        ZoneId zone) {
        Map<String, Object> params = new HashMap<>();
        params.put("service", service.value());
        params.put("zone", zone.getId());
        params.put("from", Date.valueOf(filter.period().firstDay()));
        params.put("to", Date.valueOf(filter.period().lastDay()));
        params.put("today", Date.valueOf(today));
        params.put("fromInstant", Timestamp.from(filter.period().firstDay().atStartOfDay(zone).toInstant()));
        params.put("toInstant", Timestamp.from(filter.period().lastDay().plusDays(1).atStartOfDay(zone).toInstant()));
        String where = restrictions(scope, filter, params);
        String body = switch (cohort) {
            case ENDED -> ended(where);
            case SECOND_TREATMENT -> secondTreatment(where);
            case OPEN -> open(where);
            case RECEIVED -> received(where);
            case ENTERED_TREATMENT -> enteredTreatment(where);
        };
        return new CohortSql(body, params);
    }

    private static String restrictions(Scope scope, OutcomeFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (!scope.everyone()) {
            if (scope.practitioners().isEmpty()) {
                where.append(" and false");
            } else {
                where.append(" and r.practitioner_id in (:scope)");
                params.put("scope", scope.practitioners().stream().map(StaffId::value).toList());
            }
        }
        if (filter.step() != null) {
            where.append(" and r.step = :step");
            params.put("step", filter.step());
        }
        if (filter.practitioner() != null) {
            where.append(" and r.practitioner_id = :practitioner");
            params.put("practitioner", filter.practitioner().value());
        }
        return where.toString();
    }

    private static String dimensions(String monthOf) {
        return """
                coalesce(r.step::text, '') as d_step,
                coalesce(r.practitioner_id::text, '') as d_practitioner,
                r.source_code as d_source,
                %s as d_age_band,
                p.gender as d_gender,
                coalesce(p.ethnic_category, '') as d_ethnicity,
                coalesce(dl.imd_decile::text, '') as d_deprivation,
                to_char(%s, 'YYYY-MM') as d_month,
                """.formatted(Band.yearsCaseSql(Band.AGES, "p.date_of_birth", "r.received_date"),
                monthOf);
    }

    private static String ended(String where) {
        // The first treatment, which the counts use several times, is a lateral join computed once per referral;
        // the second treatment and the intervention are each a subquery of their own, one index probe per referral,
        // so a query that does not use them (the totals) never computes them. Days are taken from instants once per
        // referral, since converting every appointment's instant cost more than the rest of the query.
        String treatments = """
                from appointment a
                where a.service_id = r.service_id and a.referral_id = r.id and %s
                  -- on or before the day the referral ended: contacts after discharge do not count
                  and a.starts_at < (r.ended_date + 1)::timestamp at time zone :zone""".formatted(ATTENDED_TREATMENT);
        return """
                facts as (
                  select r.id, r.patient_id, r.received_date, r.ended_date, r.step, r.practitioner_id,
                         %1$s
                         coalesce((select a.intervention %2$s and a.intervention is not null
                                    order by a.starts_at desc, a.id desc limit 1), '') as d_intervention,
                         t.first_treatment,
                         (select (a.starts_at at time zone :zone)::date %2$s
                           order by a.starts_at, a.id offset 1 limit 1) as second_treatment,
                         coalesce(o.finished_treatment, false) as finished,
                         coalesce(o.paired, false) as paired,
                         coalesce(o.caseness_at_start, false) as caseness_at_start,
                         coalesce(o.recovered, false) as recovered,
                         coalesce(o.reliable_improvement, false) as reliable_improvement,
                         coalesce(o.reliable_deterioration, false) as reliable_deterioration,
                         coalesce(o.no_reliable_change, false) as no_reliable_change,
                         coalesce(o.reliable_recovery, false) as reliable_recovery,
                         concat_ws('; ',
                             'PHQ-9 ' || trim_scale(o.phq9_first) || ' to ' || trim_scale(o.phq9_last),
                             replace(o.anxiety_measure, 'GAD7', 'GAD-7') || ' ' || trim_scale(o.anxiety_first)
                                 || ' to ' || trim_scale(o.anxiety_last)) as detail
                    from referral r
                    {person}
                    left join referral_outcome o on o.service_id = r.service_id and o.referral_id = r.id
                    left join lateral (select (min(a.starts_at) at time zone :zone)::date as first_treatment
                                       %2$s) t on true
                   where r.service_id = :service and r.ended_date between :from and :to %3$s
                )""".formatted(dimensions("r.ended_date"), treatments, where)
                .replace("{person}", PERSON);
    }

    private static String secondTreatment(String where) {
        return """
                treatments as (
                  -- Only referrals treated in the period can have their second treatment in it; for each, its
                  -- first two treatment appointments ever, as one row.
                  select c.referral_id, t.first_treatment, t.second_treatment, t.intervention
                    from ({treated}) c
                   cross join lateral (
                       select (min(x.starts_at) at time zone :zone)::date as first_treatment,
                              (max(x.starts_at) at time zone :zone)::date as second_treatment, count(*) as n,
                              (array_agg(x.intervention order by x.starts_at desc, x.id desc))[1] as intervention
                         from (select a.id, a.starts_at, a.intervention
                                 from appointment a
                                where a.service_id = :service and a.referral_id = c.referral_id and %1$s
                                order by a.starts_at, a.id
                                limit 2) x) t
                   where t.n = 2
                ),
                facts as (
                  select r.id, r.patient_id, r.received_date, r.ended_date, r.step, r.practitioner_id,
                         %2$s
                         coalesce(t.intervention, '') as d_intervention,
                         t.first_treatment, t.second_treatment,
                         (t.second_treatment - t.first_treatment) || ' days from first to second treatment' as detail
                    from treatments t
                    join referral r on r.service_id = :service and r.id = t.referral_id
                    {person}
                   where t.second_treatment between :from and :to %3$s
                )""".formatted(ATTENDED_TREATMENT, dimensions("t.second_treatment"), where)
                .replace("{person}", PERSON)
                .replace("{treated}", TREATED_IN_PERIOD);
    }

    private static String open(String where) {
        return """
                facts as (
                  select r.id, r.patient_id, r.received_date, r.ended_date, r.step, r.practitioner_id,
                         %s
                         '' as d_intervention,
                         c.first_assessment, c.first_treatment, null::date as second_treatment, c.last_contact,
                         cast(:today as date) - r.received_date as days_waiting,
                         cast(:today as date) - coalesce(c.last_contact, r.received_date) as days_since_contact,
                         concat_ws('; ', (cast(:today as date) - r.received_date) || ' days since referral',
                             'last seen ' || to_char(c.last_contact, 'DD Mon YYYY')) as detail
                    from referral r
                    {person}
                    left join lateral (
                        select (min(a.starts_at) filter (where a.purpose in ('01', '03')) at time zone :zone)::date
                                   as first_assessment,
                               (min(a.starts_at) filter (where a.purpose in ('02', '03', '05'))
                                   at time zone :zone)::date as first_treatment,
                               (max(a.starts_at) at time zone :zone)::date as last_contact
                          from appointment a
                         where a.service_id = r.service_id and a.referral_id = r.id
                           and a.attendance in ('5', '6')) c on true
                   where r.service_id = :service and r.status in %s %s
                )""".formatted(dimensions("cast(:today as date)"), OPEN_STATUSES, where)
                .replace("{person}", PERSON);
    }

    /** A count of every figure of the cohort, each as a column named by its code. */
    static String counts(List<Figure> figures) {
        StringBuilder sql = new StringBuilder();
        for (Figure f : figures) {
            sql.append(", count(*) filter (where ").append(f.predicate()).append(") as ").append(f.code());
        }
        return sql.toString();
    }

    private static String received(String where) {
        // The first treatment is only for the list behind a count (has each referral been treated since?), so it is
        // a subquery of its own, which the counts, using none of it, never run.
        return """
                facts as (
                  select f.*,
                         concat_ws('; ', case when f.d_source = 'B1' then 'self-referral' end,
                             'first treatment ' || (f.first_treatment - f.received_date) || ' days after referral')
                             as detail
                    from (select r.id, r.patient_id, r.received_date, r.ended_date, r.step, r.practitioner_id,
                                 %s
                                 '' as d_intervention,
                                 (select (a.starts_at at time zone :zone)::date
                                    from appointment a
                                   where a.service_id = r.service_id and a.referral_id = r.id and %s
                                     and (r.ended_date is null
                                          or a.starts_at < (r.ended_date + 1)::timestamp at time zone :zone)
                                   order by a.starts_at
                                   limit 1) as first_treatment,
                                 null::date as second_treatment
                            from referral r
                            {person}
                           where r.service_id = :service and r.received_date between :from and :to %s) f
                )""".formatted(dimensions("r.received_date"), ATTENDED_TREATMENT, where)
                .replace("{person}", PERSON);
    }

    private static String enteredTreatment(String where) {
        return """
                entries as (
                  -- Only referrals treated in the period can have their first treatment in it; for each, its
                  -- first treatment appointment ever.
                  select c.referral_id, t.first_treatment
                    from ({treated}) c
                   cross join lateral (
                       select (a.starts_at at time zone :zone)::date as first_treatment
                         from appointment a
                        where a.service_id = :service and a.referral_id = c.referral_id and %1$s
                        order by a.starts_at
                        limit 1) t
                ),
                facts as (
                  select r.id, r.patient_id, r.received_date, r.ended_date, r.step, r.practitioner_id,
                         %2$s
                         '' as d_intervention,
                         e.first_treatment, null::date as second_treatment,
                         (e.first_treatment - r.received_date) || ' days from referral to first treatment' as detail
                    from entries e
                    join referral r on r.service_id = :service and r.id = e.referral_id
                    {person}
                   where e.first_treatment between :from and :to
                     -- As for ended referrals, treatment recorded after a referral ended is not its first.
                     and (r.ended_date is null or e.first_treatment <= r.ended_date) %3$s
                )""".formatted(ATTENDED_TREATMENT, dimensions("e.first_treatment"), where)
                .replace("{person}", PERSON)
                .replace("{treated}", TREATED_IN_PERIOD);
    }
}
