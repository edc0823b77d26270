package org.stepwise.outcomes;

import java.util.Map;
import org.stepwise.measures.OutcomeTally;
import org.stepwise.measures.Rate;

/**
 * The counts of one row of a report, by figure code, and the rates made from them. The outcome rates come from
 * {@link OutcomeTally}, so their denominators are the ones the rest of Stepwise uses (domain-reference §2).
 */
public record Counts(Map<String, Integer> byFigure) {

    public Counts {
        byFigure = Map.copyOf(byFigure);
    }

    public int of(Figure figure) {
        return byFigure.getOrDefault(figure.code(), 0);
    }

    public OutcomeTally tally() {
        return new OutcomeTally(of(Figures.FINISHED), of(Figures.PAIRED), of(Figures.NOT_CASENESS),
                of(Figures.RECOVERED), of(Figures.RELIABLY_IMPROVED), of(Figures.RELIABLY_RECOVERED),
                of(Figures.RELIABLY_DETERIORATED), of(Figures.NO_RELIABLE_CHANGE));
    }

    public Rate recovery() {
        return tally().recovery();
    }

    public Rate reliableRecovery() {
        return tally().reliableRecovery();
    }

    public Rate reliableImprovement() {
        return tally().reliableImprovement();
    }

    /** Reported over everyone who finished, as reliable improvement is. */
    public Rate reliableDeterioration() {
        return new Rate(of(Figures.RELIABLY_DETERIORATED), of(Figures.FINISHED));
    }

    public Rate noReliableChange() {
        return new Rate(of(Figures.NO_RELIABLE_CHANGE), of(Figures.FINISHED));
    }

    public Rate dataCompleteness() {
        return tally().dataCompleteness();
    }

    /** CDP_B02: of those who finished, first treatment within 6 weeks of referral. */
    public Rate withinSixWeeks() {
        return new Rate(of(Figures.WITHIN_SIX_WEEKS), of(Figures.FINISHED));
    }

    /** CDP_B01: within 18 weeks. */
    public Rate withinEighteenWeeks() {
        return new Rate(of(Figures.WITHIN_EIGHTEEN_WEEKS), of(Figures.FINISHED));
    }

    /** A figure as a share of all in the row's cohort (the second-treatment and waiting bands). */
    public Rate shareOf(Figure part, Figure whole) {
        return new Rate(of(part), of(whole));
    }

    public static Counts none() {
        return new Counts(Map.of());
    }
}
