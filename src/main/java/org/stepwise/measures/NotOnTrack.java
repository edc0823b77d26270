package org.stepwise.measures;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Which open cases are not on track, for the caseload and the supervision agenda; see {@link ExpectedResponse}. */
@Service
public class NotOnTrack {

    private final JdbcClient jdbc;
    private final ExpectedResponses expectedResponses;

    NotOnTrack(JdbcClient jdbc, ExpectedResponses expectedResponses) {
        this.jdbc = jdbc;
        this.expectedResponses = expectedResponses;
    }

    /** The open cases whose latest PHQ-9 or GAD-7 lies above the service's expected response for that session. */
    @Transactional(readOnly = true)
    public Set<ReferralId> forPractitioner(ServiceId service, StaffId practitioner) {
        return forPractitioners(service, List.of(practitioner));
    }

    /** The same for several practitioners' caseloads in one query. */
    @Transactional(readOnly = true)
    public Set<ReferralId> forPractitioners(ServiceId service, Collection<StaffId> practitioners) {
        ExpectedResponse expected = expectedResponses.forService(service);
        Set<ReferralId> off = new HashSet<>();
        jdbc.sql("""
                        select r.id, %s as phq9, %s as gad7 from referral r
                         where r.service_id = ? and r.practitioner_id = any(?)
                           and r.status in ('ALLOCATED', 'IN_TREATMENT')
                        """.formatted(trajectory("PHQ9"), trajectory("GAD7")))
                .params(service.value(), practitioners.stream().map(StaffId::value).toArray(UUID[]::new))
                .query(rs -> {
                    if (offTrack(expected, "PHQ9", rs.getArray("phq9")) || offTrack(expected, "GAD7", rs.getArray("gad7"))) {
                        off.add(new ReferralId(rs.getObject("id", UUID.class)));
                    }
                });
        return off;
    }

    private static boolean offTrack(ExpectedResponse expected, String measure, Array trajectory) throws SQLException {
        if (trajectory == null) {
            return false;
        }
        BigDecimal[] t = (BigDecimal[]) trajectory.getArray();
        return t.length == 3 && t[0] != null && expected.notOnTrack(measure, t[0], t[2].intValue(), t[1]);
    }

    /** First total, latest total and number of scores on a measure, as one array. */
    private static String trajectory(String instrument) {
        return """
                (select array[min(x.total) filter (where x.n = 1), min(x.total) filter (where x.n = x.c), max(x.c)]
                   from (select q.total, row_number() over (order by q.completed_on, q.entered_at) as n,
                                count(*) over ()::numeric as c
                           from questionnaire_response q
                          where q.service_id = r.service_id and q.referral_id = r.id and q.instrument = '%s'
                            and not exists (select 1 from questionnaire_response c
                                             where c.service_id = q.service_id and c.corrects = q.id)) x
                  having count(*) > 0)""".formatted(instrument);
    }

}
