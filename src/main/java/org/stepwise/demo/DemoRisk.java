package org.stepwise.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.risk.RiskSeeding;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * The open risk work a duty worker would find in a real service: a safeguarding concern and an onward referral
 * to the crisis team still awaiting an answer, on cases of the first PWP. Written through the risk module's own
 * seeding, in the demo's transaction.
 */
@Component
class DemoRisk {

    private final JdbcClient jdbc;
    private final RiskSeeding seeding;
    private final Clock clock;

    DemoRisk(JdbcClient jdbc, RiskSeeding seeding, Clock clock) {
        this.jdbc = jdbc;
        this.seeding = seeding;
        this.clock = clock;
    }

    void addOpenWork(String practitionerUsername) {
        List<UUID[]> cases = jdbc.sql("""
                        select r.service_id, r.id, s.id as staff_id from referral r
                          join staff s on s.service_id = r.service_id and s.id = r.practitioner_id
                         where lower(s.username) = lower(?) and r.status = 'IN_TREATMENT'
                         order by r.received_date, r.id limit 2
                        """)
                .param(practitionerUsername)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)})
                .list();
        if (cases.size() < 2) {
            return;
        }
        Instant twoDaysAgo = clock.instant().minus(Duration.ofDays(2));
        UUID[] first = cases.get(0);
        seeding.openConcern(new ServiceId(first[0]), new ReferralId(first[1]), true, "Her son, aged 4",
                "Disclosed that her partner has been shouting at their son and once pushed him; the boy was not hurt.",
                new StaffId(first[2]), twoDaysAgo);
        UUID[] second = cases.get(1);
        seeding.awaitingOnwardReferral(new ServiceId(second[0]), new ReferralId(second[1]), true,
                "Riverside Crisis Resolution and Home Treatment Team", true,
                "Escalating suicidal thoughts with a plan disclosed at session; safety plan agreed, needs crisis team review.",
                new StaffId(second[2]), twoDaysAgo);
    }
}
