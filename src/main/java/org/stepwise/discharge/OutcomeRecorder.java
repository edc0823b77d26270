package org.stepwise.discharge;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.MeasureService;
import org.stepwise.measures.ReferralOutcome;
import org.stepwise.measures.StoredScore;
import org.stepwise.referral.Referral;
import org.stepwise.shared.ServiceId;

/**
 * Computes the outcome of an ended referral from its first and last paired scores and stores it with the
 * scores it came from, so the figure shown at discharge is the figure reported later.
 */
@Component
class OutcomeRecorder {

    private final MeasureService measures;
    private final Outcomes outcomes;
    private final Clock clock;

    OutcomeRecorder(MeasureService measures, Outcomes outcomes, Clock clock) {
        this.measures = measures;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    StoredOutcome compute(ServiceId service, Referral referral, TreatmentCourse course) {
        ReferralOutcome outcome = measures.outcome(service, referral.id(), course.treatmentCount());
        Map<InstrumentCode, List<StoredScore>> scores = measures.scores(service, referral.id());
        InstrumentCode anxiety = outcome.anxiety() == null ? null : outcome.anxiety().measure();
        List<BigDecimal> phq9 = totals(scores.get(InstrumentCode.PHQ9));
        List<BigDecimal> anx = anxiety == null ? List.of() : totals(scores.get(anxiety));
        return new StoredOutcome(outcome.finishedCourse(), course.treatmentCount(),
                anxiety == null ? null : anxiety.name(), outcome.anxiety() != null && outcome.anxiety().usesAdsm(),
                outcome.pairedScores(), outcome.casenessAtStart(), outcome.recovery(), outcome.reliableImprovement(),
                outcome.reliableDeterioration(), outcome.noReliableChange(), outcome.reliableRecovery(),
                Outcomes.first(phq9), Outcomes.last(phq9), Outcomes.first(anx), Outcomes.last(anx), clock.instant());
    }

    void record(ServiceId service, Referral ended, TreatmentCourse course) {
        outcomes.save(service, ended.id(), compute(service, ended, course));
    }

    private static List<BigDecimal> totals(List<StoredScore> scores) {
        return scores == null ? List.of() : scores.stream().map(StoredScore::total).toList();
    }
}
