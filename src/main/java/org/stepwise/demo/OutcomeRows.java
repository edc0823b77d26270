package org.stepwise.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stepwise.contact.ContactFact;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.measures.EndedReferral;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.OutcomeClassifier;
import org.stepwise.measures.ReferralOutcome;

/**
 * The outcome stored when a referral is ended from its case, computed as OutcomeRecorder computes it:
 * the treatment course from the contacts, the national classification from the first and last scores.
 */
final class OutcomeRows {

    private static final OutcomeClassifier CLASSIFIER = OutcomeClassifier.standard();

    private final DemoRows rows;
    private final UUID service;
    private final HistoryTally tally;

    OutcomeRows(DemoRows rows, UUID service, HistoryTally tally) {
        this.rows = rows;
        this.service = service;
        this.tally = tally;
    }

    /**
     * @param scores every measure's totals in the order completed; all but PHQ-9 are offered as anxiety measures,
     *               as MeasureService offers them
     */
    void write(UUID referral, List<ContactFact> contacts, Map<InstrumentCode, List<BigDecimal>> scores,
               String descriptor, Instant at) {
        TreatmentCourse course = TreatmentCourse.of(contacts);
        Map<InstrumentCode, List<BigDecimal>> anxiety = new EnumMap<>(InstrumentCode.class);
        scores.forEach((code, totals) -> {
            if (code != InstrumentCode.PHQ9) {
                anxiety.put(code, totals);
            }
        });
        List<BigDecimal> phq9 = scores.getOrDefault(InstrumentCode.PHQ9, List.of());
        ReferralOutcome o = CLASSIFIER.classify(new EndedReferral(course.treatmentCount(), phq9, anxiety, descriptor));
        InstrumentCode measure = o.anxiety() == null ? null : o.anxiety().measure();
        List<BigDecimal> anx = measure == null ? List.of() : anxiety.getOrDefault(measure, List.of());
        rows.outcome.add(service, referral, o.finishedCourse(), course.treatmentCount(),
                measure == null ? null : measure.name(), o.anxiety() != null && o.anxiety().usesAdsm(), o.pairedScores(),
                o.casenessAtStart(), o.recovery(), o.reliableImprovement(), o.reliableDeterioration(),
                o.noReliableChange(), o.reliableRecovery(), first(phq9), last(phq9), first(anx), last(anx), at);
        tally.ended(o);
    }

    private static BigDecimal first(List<BigDecimal> totals) {
        return totals.isEmpty() ? null : totals.get(0);
    }

    private static BigDecimal last(List<BigDecimal> totals) {
        return totals.isEmpty() ? null : totals.get(totals.size() - 1);
    }
}
