package org.stepwise.caseload;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.organisation.WaitingListPolicy;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.Slice;

/** The people waiting for each step, in the order the service's policy offers them a place. */
@Service
public class WaitingLists {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    WaitingLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Slice<WaitingListEntry> forStep(ServiceId service, int step, WaitingListPolicy policy, UUID after,
                                           LocalDate today) {
        String key = policy == WaitingListPolicy.LONGEST_ON_LIST_FIRST ? "waiting_since" : "received_date";
        String sql = """
                select r.id, p.given_name, p.family_name, r.received_date, r.waiting_since
                  from referral r
                  join patient p on p.service_id = r.service_id and p.id = r.patient_id
                 where r.service_id = :service and r.status = 'WAITING' and r.step = :step
                """
                + (after == null ? "" : " and (r." + key + ", r.id) > (select " + key
                        + ", id from referral where service_id = :service and id = :after)")
                + " order by r." + key + ", r.id limit :limit";
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("service", service.value())
                .param("step", step)
                .param("limit", PAGE_SIZE + 1);
        if (after != null) {
            statement = statement.param("after", after);
        }
        List<WaitingListEntry> rows = statement.query((rs, n) -> {
            LocalDate received = rs.getDate("received_date").toLocalDate();
            LocalDate since = rs.getDate("waiting_since").toLocalDate();
            return new WaitingListEntry(new ReferralId(rs.getObject("id", UUID.class)),
                    rs.getString("family_name").toUpperCase(Locale.UK) + ", " + rs.getString("given_name"),
                    received, since, ChronoUnit.DAYS.between(received, today), ChronoUnit.DAYS.between(since, today));
        }).list();
        return Slice.of(rows, PAGE_SIZE, row -> row.referralId().toString());
    }

    @Transactional(readOnly = true)
    public int count(ServiceId service, int step) {
        return jdbc.sql("select count(*) from referral where service_id = ? and status = 'WAITING' and step = ?")
                .params(service.value(), step)
                .query(Integer.class)
                .single();
    }
}
