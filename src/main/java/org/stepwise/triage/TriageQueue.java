package org.stepwise.triage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.referral.ReferralSource;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.Slice;

/** Referrals awaiting triage, oldest first, a page at a time. */
@Service
public class TriageQueue {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    TriageQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Slice<QueuedReferral> page(ServiceId service, UUID after, LocalDate today) {
        String sql = """
                select r.id, p.given_name, p.family_name, r.received_date, r.source_code, r.presenting_problem
                  from referral r
                  join patient p on p.service_id = r.service_id and p.id = r.patient_id
                 where r.service_id = :service and r.status = 'AWAITING_TRIAGE'
                """
                + (after == null ? "" : " and (r.received_date, r.id) > (select received_date, id from referral"
                        + " where service_id = :service and id = :after)")
                + " order by r.received_date, r.id limit :limit";
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("service", service.value())
                .param("limit", PAGE_SIZE + 1);
        if (after != null) {
            statement = statement.param("after", after);
        }
        List<QueuedReferral> rows = statement.query((rs, n) -> {
            LocalDate received = rs.getDate("received_date").toLocalDate();
            return new QueuedReferral(new ReferralId(rs.getObject("id", UUID.class)),
                    rs.getString("family_name").toUpperCase(Locale.UK) + ", " + rs.getString("given_name"),
                    received, ChronoUnit.DAYS.between(received, today),
                    ReferralSource.valueOf(rs.getString("source_code")), rs.getString("presenting_problem"));
        }).list();
        return Slice.of(rows, PAGE_SIZE, row -> row.referralId().toString());
    }

    @Transactional(readOnly = true)
    public int size(ServiceId service) {
        return jdbc.sql("select count(*) from referral where service_id = ? and status = 'AWAITING_TRIAGE'")
                .param(service.value())
                .query(Integer.class)
                .single();
    }
}
