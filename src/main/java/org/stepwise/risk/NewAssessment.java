package org.stepwise.risk;

import java.time.LocalDate;
import java.util.Map;

/** A risk assessment as entered, already checked by {@link AssessmentForm}. */
record NewAssessment(LocalDate assessedOn, Map<RiskArea, Assessment.Finding> findings, String protectiveFactors,
                     String formulation, String judgement, String managementPlan) {
}
