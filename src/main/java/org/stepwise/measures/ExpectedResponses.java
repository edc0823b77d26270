package org.stepwise.measures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stepwise.shared.ServiceId;

/**
 * Builds each service's expected treatment response from its own completed (discharged) cases, once a day: the
 * distribution moves slowly, and recomputing it for every page would cost a scan of the service's history.
 */
@Service
public class ExpectedResponses {

    private record Cached(LocalDate day, ExpectedResponse response) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final double percentile;
    private final int minimumCases;
    private final int defaultFromSession;
    private final Map<ServiceId, Cached> cache = new ConcurrentHashMap<>();

    ExpectedResponses(JdbcClient jdbc, Clock clock,
                      @Value("${stepwise.not-on-track.percentile:0.8}") double percentile,
                      @Value("${stepwise.not-on-track.minimum-cases:20}") int minimumCases,
                      @Value("${stepwise.not-on-track.default-from-session:3}") int defaultFromSession) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.percentile = percentile;
        this.minimumCases = minimumCases;
        this.defaultFromSession = defaultFromSession;
    }

    public ExpectedResponse forService(ServiceId service) {
        LocalDate today = LocalDate.now(clock);
        Cached cached = cache.get(service);
        if (cached == null || !cached.day().equals(today)) {
            cached = new Cached(today, compute(service));
            cache.put(service, cached);
        }
        return cached.response();
    }

    private ExpectedResponse compute(ServiceId service) {
        Map<ExpectedResponse.Key, BigDecimal> boundaries = new HashMap<>();
        jdbc.sql("""
                        with scored as (
                          select q.referral_id, q.instrument, q.total,
                                 row_number() over (partition by q.referral_id, q.instrument
                                                    order by q.completed_on, q.entered_at) as session
                            from questionnaire_response q
                            join referral r on r.service_id = q.service_id and r.id = q.referral_id
                           where q.service_id = :service and r.status = 'DISCHARGED' and q.instrument in ('PHQ9', 'GAD7')
                             and not exists (select 1 from questionnaire_response c
                                              where c.service_id = q.service_id and c.corrects = q.id)),
                        banded as (
                          select s.instrument, s.session, s.total,
                                 case when i.total <= 4 then 0 when i.total <= 9 then 1 when i.total <= 14 then 2
                                      when i.total <= 19 or s.instrument = 'GAD7' then 3 else 4 end as band
                            from scored s join scored i on i.referral_id = s.referral_id
                                 and i.instrument = s.instrument and i.session = 1
                           where s.session between 2 and 20)
                        select instrument, band, session, count(*) as cases,
                               percentile_cont(:percentile) within group (order by total) as boundary
                          from banded group by instrument, band, session
                        """)
                .param("service", service.value())
                .param("percentile", percentile)
                .query(rs -> {
                    if (rs.getInt("cases") >= minimumCases) {
                        boundaries.put(new ExpectedResponse.Key(rs.getString("instrument"), rs.getInt("band"),
                                rs.getInt("session")), rs.getBigDecimal("boundary"));
                    }
                });
        return new ExpectedResponse(boundaries, defaultFromSession);
    }
}
