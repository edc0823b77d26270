package org.stepwise.risk;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Risk assessments and their findings, append-only; two queries for a referral's whole history. */
@Repository
class AssessmentStore {

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(ServiceId service, ReferralId referral, NewAssessment a, UUID corrects, String reason, StaffId by,
                Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into risk_assessment (service_id, id, referral_id, assessed_on, protective_factors,
                                                     formulation, judgement, management_plan, recorded_by, recorded_at,
                                                     corrects, correction_reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), id, referral.value(), Date.valueOf(a.assessedOn()), a.protectiveFactors(),
                        a.formulation(), a.judgement(), a.managementPlan(), by.value(), Timestamp.from(at), corrects,
                        reason)
                .update();
        a.findings().forEach((area, f) -> jdbc.sql("""
                        insert into risk_assessment_finding (service_id, assessment_id, area, answer, detail)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(service.value(), id, area.name(), f.answer().name(), f.detail())
                .update());
        return id;
    }

    Optional<ReferralId> referralOf(ServiceId service, UUID assessment) {
        return jdbc.sql("select referral_id from risk_assessment where service_id = ? and id = ?")
                .params(service.value(), assessment)
                .query((rs, n) -> new ReferralId(rs.getObject(1, UUID.class)))
                .optional();
    }

    boolean corrected(ServiceId service, UUID assessment) {
        return jdbc.sql("select exists (select 1 from risk_assessment where service_id = ? and corrects = ?)")
                .params(service.value(), assessment)
                .query(Boolean.class)
                .single();
    }

    /** Newest first, corrected ones included and marked, so the history reads as it happened. */
    List<Assessment> forReferral(ServiceId service, ReferralId referral) {
        Map<UUID, Map<RiskArea, Assessment.Finding>> findings = new HashMap<>();
        jdbc.sql("""
                        select f.assessment_id, f.area, f.answer, f.detail from risk_assessment_finding f
                          join risk_assessment a on a.service_id = f.service_id and a.id = f.assessment_id
                         where a.service_id = ? and a.referral_id = ?
                        """)
                .params(service.value(), referral.value())
                .query(rs -> {
                    findings.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(RiskArea.class))
                            .put(RiskArea.valueOf(rs.getString(2)),
                                    new Assessment.Finding(RiskArea.Answer.valueOf(rs.getString(3)), rs.getString(4)));
                });
        List<Assessment> list = new ArrayList<>();
        jdbc.sql("""
                        select a.*, s.full_name,
                               exists (select 1 from risk_assessment c
                                        where c.service_id = a.service_id and c.corrects = a.id) as corrected
                          from risk_assessment a join staff s on s.service_id = a.service_id and s.id = a.recorded_by
                         where a.service_id = ? and a.referral_id = ?
                         order by a.recorded_at desc, a.id
                        """)
                .params(service.value(), referral.value())
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    list.add(new Assessment(id, rs.getDate("assessed_on").toLocalDate(),
                            findings.getOrDefault(id, Map.of()), rs.getString("protective_factors"),
                            rs.getString("formulation"), rs.getString("judgement"), rs.getString("management_plan"),
                            rs.getString("full_name"), rs.getTimestamp("recorded_at").toInstant(),
                            rs.getObject("corrects", UUID.class), rs.getString("correction_reason"),
                            rs.getBoolean("corrected")));
                });
        return list;
    }
}
