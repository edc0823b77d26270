package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Classifies an ended referral exactly as the national figures do (domain-reference §2), on the first and last
 * paired scores of PHQ-9 and the paired anxiety measure.
 *
 * <p>What NHS England's SQL (nhsengland/Talking-Therapies) confirms: reliable recovery is Recovery_Flag AND
 * ReliableImprovement_Flag ({@code 20230816_OutcomeMeasures.sql} at commit 2a12860, line 36, Count_Reliable_Recovery);
 * a course is TreatmentCareContact_Count >= 2 (Social Personal Circumstance dashboard script); an ADSM counts only
 * when it matches the descriptor (CountAppropriatePairedADSM, see {@link AnxietyMeasurePairing}). What it does not:
 * every script reads Recovery_Flag, ReliableImprovement_Flag, ReliableDeterioration_Flag, NoChange_Flag and
 * NotCaseness_Flag ready-made from NHS Digital's derived referral table, so the score-level rules below (>= at the
 * cut-offs, "paired" as two or more scores, deterioration and no change) come from domain-reference §2 and the papers
 * it cites, not from that SQL, and one of them could not be confirmed anywhere: see {@link MixedChange}.
 */
public final class OutcomeClassifier {

    /** Finished a course of treatment: at least 2 attended treatment appointments (SQL TreatmentCareContact_Count >= 2). */
    public static final int APPOINTMENTS_FOR_A_COURSE = 2;

    /**
     * A referral that reliably improved on one measure and reliably deteriorated on the other is not reliable
     * improvement (confirmed). Whether the national figures count it as reliable deterioration or as no reliable
     * change was NOT confirmed: the SQL only reads NHS Digital's flag. Counting it as deterioration is the default
     * because it never hides a patient who got reliably worse on a measure.
     */
    public enum MixedChange {
        COUNT_AS_DETERIORATION,
        COUNT_AS_NO_RELIABLE_CHANGE
    }

    private final InstrumentCatalogue definitions;
    private final AnxietyMeasurePairing pairing;
    private final MixedChange mixedChange;

    public OutcomeClassifier(InstrumentCatalogue definitions, AnxietyMeasurePairing pairing, MixedChange mixedChange) {
        this.definitions = definitions;
        this.pairing = pairing;
        this.mixedChange = mixedChange;
    }

    /** Standard definitions, PCL-5 for PTSD, a mixed change counted as deterioration. */
    public static OutcomeClassifier standard() {
        return new OutcomeClassifier(InstrumentCatalogue.standard(), AnxietyMeasurePairing.standard(),
                MixedChange.COUNT_AS_DETERIORATION);
    }

    public ReferralOutcome classify(EndedReferral referral) {
        boolean finished = referral.attendedTreatmentAppointments() >= APPOINTMENTS_FOR_A_COURSE;
        Map<InstrumentCode, List<BigDecimal>> anxietyTotals = referral.anxietyTotals();
        AnxietyPairing anxiety = pairing.choose(referral.problemDescriptor(), anxietyTotals);
        List<BigDecimal> depression = referral.phq9Totals();
        List<BigDecimal> anxious = anxietyTotals.getOrDefault(anxiety.measure(), List.of());
        boolean paired = AnxietyMeasurePairing.isPaired(depression) && AnxietyMeasurePairing.isPaired(anxious);
        if (!finished || !paired) {
            return ReferralOutcome.withoutOutcome(finished, anxiety, paired);
        }
        InstrumentDefinition phq9 = definitions.get(InstrumentCode.PHQ9);
        InstrumentDefinition anxietyMeasure = definitions.get(anxiety.measure());
        BigDecimal phqFirst = depression.get(0);
        BigDecimal phqLast = depression.get(depression.size() - 1);
        BigDecimal anxFirst = anxious.get(0);
        BigDecimal anxLast = anxious.get(anxious.size() - 1);

        // Caseness uses each measure's own rule: at/above the cut-off for PHQ-9, GAD-7 and summed ADSMs, above it
        // for the Mobility Inventory mean.
        boolean caseAtStart = isCase(phq9, phqFirst) || isCase(anxietyMeasure, anxFirst);
        boolean caseAtEnd = isCase(phq9, phqLast) || isCase(anxietyMeasure, anxLast);
        ReliableChange depressionChange = ReliableChange.between(phq9, phqFirst, phqLast);
        ReliableChange anxietyChange = ReliableChange.between(anxietyMeasure, anxFirst, anxLast);

        boolean improvedOnOne = depressionChange == ReliableChange.IMPROVED || anxietyChange == ReliableChange.IMPROVED;
        boolean worseOnOne = depressionChange == ReliableChange.DETERIORATED
                || anxietyChange == ReliableChange.DETERIORATED;
        boolean reliableImprovement = improvedOnOne && !worseOnOne;
        boolean reliableDeterioration = worseOnOne
                && (mixedChange == MixedChange.COUNT_AS_DETERIORATION || !improvedOnOne);
        boolean recovery = caseAtStart && !caseAtEnd;
        return new ReferralOutcome(true, anxiety, true, caseAtStart, !caseAtStart, recovery, reliableImprovement,
                reliableDeterioration, !reliableImprovement && !reliableDeterioration,
                recovery && reliableImprovement, depressionChange, anxietyChange);
    }

    private static boolean isCase(InstrumentDefinition definition, BigDecimal total) {
        // Only total-based rules reach here: the pairing never chooses the phobia scales (an any-item rule).
        return definition.casenessRule().isCase(total, Map.of());
    }
}
