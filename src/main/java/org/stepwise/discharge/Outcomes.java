package org.stepwise.discharge;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;

/** Stored outcomes of ended referrals. */
@Service
public class Outcomes {

    private final JdbcClient jdbc;

    Outcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(ServiceId service, ReferralId referral, StoredOutcome o) {
        jdbc.sql("""
                        insert into referral_outcome (service_id, referral_id, finished_treatment, treatment_sessions,
                               anxiety_measure, adsm_used, paired, caseness_at_start, recovered, reliable_improvement,
                               reliable_deterioration, no_reliable_change, reliable_recovery, phq9_first, phq9_last,
                               anxiety_first, anxiety_last, computed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), referral.value(), o.finishedTreatment(), o.treatmentSessions(),
                        o.anxietyMeasure(), o.adsmUsed(), o.paired(), o.casenessAtStart(), o.recovered(),
                        o.reliableImprovement(), o.reliableDeterioration(), o.noReliableChange(), o.reliableRecovery(),
                        o.phq9First(), o.phq9Last(), o.anxietyFirst(), o.anxietyLast(), Timestamp.from(o.computedAt()))
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<StoredOutcome> find(ServiceId service, ReferralId referral) {
        return jdbc.sql("select * from referral_outcome where service_id = ? and referral_id = ?")
                .params(service.value(), referral.value())
                .query((rs, n) -> new StoredOutcome(rs.getBoolean("finished_treatment"), rs.getInt("treatment_sessions"),
                        rs.getString("anxiety_measure"), rs.getBoolean("adsm_used"), rs.getBoolean("paired"),
                        rs.getBoolean("caseness_at_start"), rs.getBoolean("recovered"),
                        rs.getBoolean("reliable_improvement"), rs.getBoolean("reliable_deterioration"),
                        rs.getBoolean("no_reliable_change"), rs.getBoolean("reliable_recovery"),
                        rs.getBigDecimal("phq9_first"), rs.getBigDecimal("phq9_last"),
                        rs.getBigDecimal("anxiety_first"), rs.getBigDecimal("anxiety_last"),
                        rs.getTimestamp("computed_at").toInstant()))
                .optional();
    }

    static BigDecimal first(List<BigDecimal> totals) {
        return totals.isEmpty() ? null : totals.get(0);
    }

    static BigDecimal last(List<BigDecimal> totals) {
        return totals.isEmpty() ? null : totals.get(totals.size() - 1);
    }
}
