package org.stepwise.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stepwise.contact.WaitingStandard;

/**
 * Every count, with the rule that defines it (domain-reference §2). The outcome flags are the ones stored when the
 * referral ended ({@code referral_outcome}, computed by {@code OutcomeClassifier}); a referral with no stored
 * outcome (closed at triage) counts as not having finished.
 */
public final class Figures {

    public static final Figure ENDED = ended("ended", "Referrals ended", "true");
    public static final Figure ENTERED_TREATMENT = ended("entered_treatment", "Had at least one treatment appointment",
            "first_treatment is not null");
    /** Finished a course: at least 2 attended treatment appointments (CompletedTreatment_Flag). */
    public static final Figure FINISHED = ended("finished", "Finished a course of treatment", "finished");
    public static final Figure PAIRED = ended("paired", "Finished with paired scores", "finished and paired");
    public static final Figure UNPAIRED = ended("unpaired", "Finished without paired scores",
            "finished and not paired");
    public static final Figure CASENESS = ended("caseness", "Finished at caseness at the start",
            "finished and paired and caseness_at_start");
    /** NotCaseness_Flag: finished, with paired scores, below caseness on both measures at the first pair. */
    public static final Figure NOT_CASENESS = ended("not_caseness", "Finished, not at caseness at the start",
            "finished and paired and not caseness_at_start");
    /**
     * The recovery denominator, finished − not at caseness (OutcomeTally.recovery): finishers without paired scores
     * stay in it, as the national definition has them.
     */
    public static final Figure RECOVERY_BASE = ended("recovery_base", "Finished, less those not at caseness",
            "finished and not (paired and not caseness_at_start)");
    public static final Figure RECOVERED = ended("recovered", "Recovered", "finished and recovered");
    public static final Figure RELIABLY_IMPROVED = ended("improved", "Reliably improved",
            "finished and reliable_improvement");
    public static final Figure RELIABLY_DETERIORATED = ended("deteriorated", "Reliably deteriorated",
            "finished and reliable_deterioration");
    public static final Figure NO_RELIABLE_CHANGE = ended("no_change", "No reliable change",
            "finished and no_reliable_change");
    public static final Figure RELIABLY_RECOVERED = ended("reliably_recovered", "Reliably recovered",
            "finished and reliable_recovery");
    /** CDP_B02: finished a course, first treatment within 42 days of the referral being received. */
    public static final Figure WITHIN_SIX_WEEKS = ended("within_6_weeks", "Finished, first treatment within 6 weeks",
            "finished and " + firstTreatmentWithin(WaitingStandard.SIX_WEEKS));
    /** CDP_B01: within 126 days. */
    public static final Figure WITHIN_EIGHTEEN_WEEKS = ended("within_18_weeks",
            "Finished, first treatment within 18 weeks",
            "finished and " + firstTreatmentWithin(WaitingStandard.EIGHTEEN_WEEKS));

    public static final Figure SECOND_TREATMENTS = new Figure("second_treatments", Cohort.SECOND_TREATMENT,
            "Second treatment appointment in the period", "true");
    public static final Figure AWAITING_ASSESSMENT = new Figure("awaiting_assessment", Cohort.OPEN,
            "Open, not yet assessed or treated", "first_assessment is null and first_treatment is null");
    public static final Figure AWAITING_TREATMENT = new Figure("awaiting_treatment", Cohort.OPEN,
            "Open, assessed, not yet treated", "first_assessment is not null and first_treatment is null");
    public static final Figure OPEN = new Figure("open", Cohort.OPEN, "Open referrals", "true");

    /** Referrals received, by ReferralRequestReceivedDate in the period, as the national monthly counts have them. */
    public static final Figure RECEIVED = new Figure("received", Cohort.RECEIVED, "Referrals received", "true");
    /** Self-referrals (source B1) among them. */
    public static final Figure SELF_REFERRALS = new Figure("self_referrals", Cohort.RECEIVED,
            "Self-referrals received", "d_source = 'B1'");
    /** Entering treatment: the first attended treatment appointment (TherapySession_FirstDate) in the period. */
    public static final Figure ENTERING_TREATMENT = new Figure("entering_treatment", Cohort.ENTERED_TREATMENT,
            "Entered treatment", "true");
    public static final Figure ENTERING_WITHIN_SIX_WEEKS = new Figure("entering_within_6_weeks",
            Cohort.ENTERED_TREATMENT, "Entered treatment within 6 weeks of referral",
            firstTreatmentWithin(WaitingStandard.SIX_WEEKS));
    public static final Figure ENTERING_WITHIN_EIGHTEEN_WEEKS = new Figure("entering_within_18_weeks",
            Cohort.ENTERED_TREATMENT, "Entered treatment within 18 weeks of referral",
            firstTreatmentWithin(WaitingStandard.EIGHTEEN_WEEKS));

    private static final List<Figure> ALL = all();

    private Figures() {
    }

    static List<Figure> of(Cohort cohort) {
        return ALL.stream().filter(f -> f.cohort() == cohort).toList();
    }

    static Optional<Figure> byCode(String code) {
        return ALL.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public static Figure secondTreatmentWait(Band band) {
        return byCode("second_" + band.code()).orElseThrow();
    }

    public static Figure awaitingAssessment(Band band) {
        return byCode("awaiting_assessment_" + band.code()).orElseThrow();
    }

    public static Figure awaitingTreatment(Band band) {
        return byCode("awaiting_treatment_" + band.code()).orElseThrow();
    }

    public static Figure noContact(Band band) {
        return byCode("no_contact_" + band.code()).orElseThrow();
    }

    /** First treatment no more than the standard's days after the referral was received (day of referral is 0). */
    private static String firstTreatmentWithin(WaitingStandard standard) {
        return "first_treatment - received_date <= " + standard.days();
    }

    private static Figure ended(String code, String label, String predicate) {
        return new Figure(code, Cohort.ENDED, label, predicate);
    }

    private static List<Figure> all() {
        List<Figure> all = new ArrayList<>(List.of(ENDED, ENTERED_TREATMENT, FINISHED, PAIRED, UNPAIRED, CASENESS,
                NOT_CASENESS, RECOVERY_BASE, RECOVERED, RELIABLY_IMPROVED, RELIABLY_DETERIORATED, NO_RELIABLE_CHANGE,
                RELIABLY_RECOVERED, WITHIN_SIX_WEEKS, WITHIN_EIGHTEEN_WEEKS, SECOND_TREATMENTS, OPEN,
                AWAITING_ASSESSMENT, AWAITING_TREATMENT, RECEIVED, SELF_REFERRALS, ENTERING_TREATMENT,
                ENTERING_WITHIN_SIX_WEEKS, ENTERING_WITHIN_EIGHTEEN_WEEKS));
        for (Band band : Band.WAITS) {
            all.add(new Figure("second_" + band.code(), Cohort.SECOND_TREATMENT,
                    "Second treatment " + band.label().toLowerCase(Locale.UK) + " after the first",
                    band.sql("second_treatment - first_treatment")));
            all.add(new Figure("awaiting_assessment_" + band.code(), Cohort.OPEN,
                    "Waiting for assessment " + band.label().toLowerCase(Locale.UK),
                    AWAITING_ASSESSMENT.predicate() + " and " + band.sql("days_waiting")));
            all.add(new Figure("awaiting_treatment_" + band.code(), Cohort.OPEN,
                    "Waiting for treatment " + band.label().toLowerCase(Locale.UK),
                    AWAITING_TREATMENT.predicate() + " and " + band.sql("days_waiting")));
        }
        for (Band band : Band.NO_CONTACT) {
            all.add(new Figure("no_contact_" + band.code(), Cohort.OPEN,
                    "No contact for " + band.label().toLowerCase(Locale.UK),
                    band.sql("days_since_contact")));
        }
        return List.copyOf(all);
    }
}
