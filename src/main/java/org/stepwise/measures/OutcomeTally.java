package org.stepwise.measures;

import java.util.Collection;

/**
 * A service's outcome counts over a set of ended referrals, with the national denominators (domain-reference §2):
 * recovery and reliable recovery over (finished − not at caseness), reliable improvement over all finished.
 *
 * <p>NHS England's {@code 20230816_OutcomeMeasures.sql} (commit 2a12860) computes Percentage_Recovery the same way
 * (lines 39–48) and Percentage_Improvement over all finished (lines 51–58). Its Percentage_Reliable_Recovery (lines
 * 61–68) divides the Recovery_Flag count by all finished, which matches neither its own Count_Reliable_Recovery
 * (line 36) nor CDP_B06; Stepwise follows CDP_B06 as the reference gives it.
 */
public record OutcomeTally(
        int finished,
        int finishedWithPairedScores,
        int notCaseness,
        int recovered,
        int reliablyImproved,
        int reliablyRecovered,
        int reliablyDeteriorated,
        int noReliableChange) {

    public static OutcomeTally of(Collection<ReferralOutcome> endedReferrals) {
        int finished = 0, paired = 0, notCaseness = 0, recovered = 0, improved = 0, reliablyRecovered = 0;
        int deteriorated = 0, noChange = 0;
        for (ReferralOutcome outcome : endedReferrals) {
            if (!outcome.finishedCourse()) {
                continue;
            }
            finished++;
            paired += outcome.pairedScores() ? 1 : 0;
            notCaseness += outcome.notCaseness() ? 1 : 0;
            recovered += outcome.recovery() ? 1 : 0;
            improved += outcome.reliableImprovement() ? 1 : 0;
            reliablyRecovered += outcome.reliableRecovery() ? 1 : 0;
            deteriorated += outcome.reliableDeterioration() ? 1 : 0;
            noChange += outcome.noReliableChange() ? 1 : 0;
        }
        return new OutcomeTally(finished, paired, notCaseness, recovered, improved, reliablyRecovered, deteriorated,
                noChange);
    }

    /**
     * Recovered over (finished − not at caseness). Finishers without paired scores stay in this denominator, as the
     * reference defines it; {@link #dataCompleteness()} shows how many they are.
     */
    public Rate recovery() {
        return new Rate(recovered, finished - notCaseness);
    }

    public Rate reliableRecovery() {
        return new Rate(reliablyRecovered, finished - notCaseness);
    }

    /** Reliably improved over everyone who finished, cases or not (SQL CDP_B07). */
    public Rate reliableImprovement() {
        return new Rate(reliablyImproved, finished);
    }

    /** Finishers with paired scores over all finishers. */
    public Rate dataCompleteness() {
        return new Rate(finishedWithPairedScores, finished);
    }
}
