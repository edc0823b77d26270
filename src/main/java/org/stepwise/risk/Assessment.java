package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A structured risk assessment in the clinician's words: what was asked in each area and what the person said,
 * protective factors, the clinician's formulation and judgement, and the management plan. There is no score.
 *
 * @param corrects      the assessment this one corrects, if it is a correction
 * @param correctedLater true once a later assessment corrects this one
 */
public record Assessment(UUID id, LocalDate assessedOn, Map<RiskArea, Finding> findings, String protectiveFactors,
                         String formulation, String judgement, String managementPlan, String recordedBy,
                         Instant recordedAt, UUID corrects, String correctionReason, boolean correctedLater) {

    public record Finding(RiskArea.Answer answer, String detail) {
    }

    public Finding finding(RiskArea area) {
        return findings.get(area);
    }
}
