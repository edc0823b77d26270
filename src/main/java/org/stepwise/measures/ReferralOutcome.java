package org.stepwise.measures;

/**
 * The national outcome flags for one ended referral (domain-reference §2). Every flag is false unless the referral
 * finished a course of treatment and has paired scores on PHQ-9 and its anxiety measure.
 *
 * @param finishedCourse        at least two attended treatment appointments (CompletedTreatment_Flag)
 * @param anxiety               the anxiety measure paired with PHQ-9, and why
 * @param pairedScores          first and last scores exist on PHQ-9 and on that anxiety measure
 * @param casenessAtStart       either first score at or above its cut-off (the measure's own rule)
 * @param notCaseness           finished with paired scores but no case at start (NotCaseness_Flag)
 * @param recovery              case at start and a case on neither measure at the end (Recovery_Flag)
 * @param reliableImprovement   reliable improvement on at least one measure and reliable deterioration on neither
 * @param reliableDeterioration see {@link OutcomeClassifier.MixedChange} for the one case not confirmed
 * @param noReliableChange      neither reliable improvement nor reliable deterioration (NoChange_Flag)
 * @param reliableRecovery      recovery and reliable improvement
 * @param depressionChange      PHQ-9 reliable change, or null without paired scores
 * @param anxietyChange         anxiety measure reliable change, or null without paired scores
 */
public record ReferralOutcome(
        boolean finishedCourse,
        AnxietyPairing anxiety,
        boolean pairedScores,
        boolean casenessAtStart,
        boolean notCaseness,
        boolean recovery,
        boolean reliableImprovement,
        boolean reliableDeterioration,
        boolean noReliableChange,
        boolean reliableRecovery,
        ReliableChange depressionChange,
        ReliableChange anxietyChange) {

    /** Finished without paired scores, or not finished: no outcome flag can be set. */
    static ReferralOutcome withoutOutcome(boolean finishedCourse, AnxietyPairing anxiety, boolean pairedScores) {
        return new ReferralOutcome(finishedCourse, anxiety, pairedScores, false, false, false, false, false, false,
                false, null, null);
    }

    /** Counted in the national outcome figures: finished a course with paired scores. */
    public boolean classified() {
        return finishedCourse && pairedScores;
    }
}
