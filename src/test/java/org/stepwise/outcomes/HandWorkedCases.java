package org.stepwise.outcomes;

import static org.stepwise.outcomes.HandWorkedCase.assessment;
import static org.stepwise.outcomes.HandWorkedCase.assessmentAndTreatment;
import static org.stepwise.outcomes.HandWorkedCase.figures;
import static org.stepwise.outcomes.HandWorkedCase.gad7;
import static org.stepwise.outcomes.HandWorkedCase.missedTreatment;
import static org.stepwise.outcomes.HandWorkedCase.phq9;
import static org.stepwise.outcomes.HandWorkedCase.spin;
import static org.stepwise.outcomes.HandWorkedCase.treatment;

import java.util.List;

/**
 * The hand-worked fixture. Thresholds (domain-reference §1, §8): PHQ-9 caseness >= 10, reliable change 6; GAD-7
 * caseness >= 8, reliable change 4; SPIN (for social phobia, F40.1) caseness >= 19, reliable change 10. A course is
 * two or more attended treatment appointments; recovery and reliable recovery are over finishers less those not
 * at caseness; the others over all finishers. Days are before today; the waiting standards compare the first
 * treatment with the day the referral was received (6 weeks: <= 42 days; 18 weeks: <= 126 days).
 *
 * <p>Every referral is received in the period, as a self-referral, so each counts in "received" in the month of
 * its referral day. A referral enters treatment on the day of its first attended treatment appointment (purpose
 * 02, 03 or 05), whether or not it has ended: that day, and the entering-treatment figures, are worked out below.
 */
final class HandWorkedCases {

    private HandWorkedCases() {
    }

    private static final String ENTERED_IN_6_WEEKS =
            " entering_treatment entering_within_6_weeks entering_within_18_weeks";
    private static final String ENTERED_IN_18_WEEKS = " entering_treatment entering_within_18_weeks";

    static final List<HandWorkedCase> ALL = List.of(
            new HandWorkedCase("Notcase", 2, null, 100, true,
                    List.of(assessment(90), treatment(58), treatment(50), treatment(40)),
                    List.of(phq9(90, 8), gad7(90, 6), phq9(40, 4), gad7(40, 3)),
                    figures("ended entered_treatment finished paired not_caseness no_change within_6_weeks "
                            + "within_18_weeks" + ENTERED_IN_6_WEEKS), "upto28", 58,
                    "PHQ-9 8 and GAD-7 6 at the start: below caseness on both, so not at caseness, out of the "
                            + "recovery denominator. Drops of 4 and 3 are under 6 and 4: no reliable change. First "
                            + "treatment 100-58 = 42 days after referral: exactly 6 weeks, inside. Second 8 days "
                            + "later. 42 days is more than any month, so it entered treatment in a later month than "
                            + "it was received."),
            new HandWorkedCase("Onemeasure", 2, null, 120, true,
                    List.of(assessment(110), treatment(77), treatment(47), treatment(30)),
                    List.of(phq9(110, 14), gad7(110, 5), phq9(30, 6), gad7(30, 3)),
                    figures("ended entered_treatment finished paired caseness recovery_base recovered improved "
                            + "reliably_recovered within_18_weeks" + ENTERED_IN_18_WEEKS), "29to56", 77,
                    "Only PHQ-9 (14) at caseness; that is enough. At the end 6 and 3, below both: recovered. PHQ-9 "
                            + "fell 8 (>= 6), GAD-7 fell 2: reliable improvement, so reliable recovery. First "
                            + "treatment 43 days after referral: outside 6 weeks, inside 18, as a finisher and as "
                            + "one entering treatment. Second 30 days later."),
            new HandWorkedCase("Socialphobia", 2, "F40.1", 150, true,
                    List.of(assessment(140), treatment(130), treatment(70), treatment(40)),
                    List.of(phq9(140, 8), spin(140, 40), gad7(140, 12), phq9(40, 7), spin(40, 20), gad7(40, 3)),
                    figures("ended entered_treatment finished paired caseness recovery_base improved "
                            + "within_6_weeks within_18_weeks" + ENTERED_IN_6_WEEKS), "57to90", 130,
                    "Social phobia pairs PHQ-9 with SPIN, not GAD-7. SPIN 40 -> 20: at caseness at both ends "
                            + "(>= 19), so not recovered, though it fell 20 (>= 10): reliable improvement. Had "
                            + "GAD-7 (12 -> 3) been used this would be a recovery. Second treatment 60 days after first."),
            new HandWorkedCase("Fallback", 2, "F40.1", 60, true,
                    List.of(assessment(55), treatment(50), treatment(20), treatment(10)),
                    List.of(phq9(55, 12), gad7(55, 10), phq9(10, 5), gad7(10, 4)),
                    figures("ended entered_treatment finished paired caseness recovery_base recovered improved "
                            + "reliably_recovered within_6_weeks within_18_weeks" + ENTERED_IN_6_WEEKS), "29to56",
                    50,
                    "Social phobia but no SPIN recorded: falls back to GAD-7. PHQ-9 12 -> 5 (fell 7), GAD-7 "
                            + "10 -> 4 (fell 6): at caseness at the start, below both at the end, reliably better "
                            + "on both: recovered and reliably recovered."),
            new HandWorkedCase("Mixed", 3, null, 200, true,
                    List.of(assessment(190), treatment(180), treatment(80), treatment(70)),
                    List.of(phq9(190, 16), gad7(190, 5), phq9(70, 8), gad7(70, 12)),
                    figures("ended entered_treatment finished paired caseness recovery_base deteriorated "
                            + "within_6_weeks within_18_weeks" + ENTERED_IN_6_WEEKS), "over90", 180,
                    "Step 3. PHQ-9 16 -> 8 (reliably better), GAD-7 5 -> 12 (rose 7: reliably worse). Worse on one "
                            + "measure: not reliable improvement, and counted as reliable deterioration "
                            + "(OutcomeClassifier's default for a mixed change). GAD-7 12 is a case at the end: "
                            + "not recovered. Second treatment 100 days after the first."),
            new HandWorkedCase("Threshold", 2, null, 90, true,
                    List.of(assessmentAndTreatment(80), treatment(52), treatment(40)),
                    List.of(phq9(80, 10), gad7(80, 8), phq9(40, 4), gad7(40, 4)),
                    figures("ended entered_treatment finished paired caseness recovery_base recovered improved "
                            + "reliably_recovered within_6_weeks within_18_weeks" + ENTERED_IN_6_WEEKS), "upto28", 80,
                    "Starts exactly at both cut-offs (PHQ-9 10, GAD-7 8): at caseness. Falls exactly 6 and exactly "
                            + "4: reliable on both. An assessment-and-treatment appointment is the first treatment "
                            + "(10 days), so it entered treatment that day. Second treatment exactly 28 days later: "
                            + "the first band."),
            new HandWorkedCase("Endsatcase", 2, null, 130, true,
                    List.of(assessment(125), treatment(4), treatment(2)),
                    List.of(phq9(125, 15), gad7(125, 7), phq9(2, 10), gad7(2, 7)),
                    figures("ended entered_treatment finished paired caseness recovery_base no_change "
                            + "within_18_weeks" + ENTERED_IN_18_WEEKS), "upto28", 4,
                    "PHQ-9 15 -> 10: still exactly at caseness at the end, so not recovered; fell 5 (< 6): no "
                            + "reliable change. First treatment 126 days after referral: exactly 18 weeks, inside. "
                            + "The assessment at day 125 is not treatment."),
            new HandWorkedCase("Oncetreated", 2, null, 50, true,
                    List.of(assessment(45), treatment(30)),
                    List.of(phq9(45, 15), gad7(45, 10), phq9(30, 5), gad7(30, 2)),
                    figures("ended entered_treatment" + ENTERED_IN_6_WEEKS), null, 30,
                    "One treatment appointment is not a course: not among the finishers, so none of the outcome "
                            + "or waiting-standard figures count it, however much the scores fell. It did enter "
                            + "treatment, 20 days after referral."),
            new HandWorkedCase("Followedup", 2, null, 70, true,
                    List.of(assessment(65), treatment(60), treatment(30)),
                    List.of(phq9(65, 12), gad7(65, 9), phq9(30, 4), gad7(30, 3)),
                    figures("ended entered_treatment finished paired caseness recovery_base recovered improved "
                            + "reliably_recovered within_6_weeks within_18_weeks" + ENTERED_IN_6_WEEKS), "29to56", 60,
                    "Recovered and reliably recovered (12 -> 4, 9 -> 3). A follow-up appointment attended after "
                            + "discharge is not treatment and changes none of it."),
            new HandWorkedCase("Onescore", 2, null, 80, true,
                    List.of(assessment(70), treatment(60), treatment(50)),
                    List.of(phq9(70, 14), gad7(70, 9)),
                    figures("ended entered_treatment finished unpaired recovery_base within_6_weeks within_18_weeks"
                            + ENTERED_IN_6_WEEKS), "upto28", 60,
                    "Finished with one score on each measure: not paired. Stays in the recovery denominator (only "
                            + "those shown not to be at caseness leave it) and lowers data completeness."),
            new HandWorkedCase("Noscores", 2, null, 80, true,
                    List.of(treatment(60), treatment(55)),
                    List.of(),
                    figures("ended entered_treatment finished unpaired recovery_base within_6_weeks within_18_weeks"
                            + ENTERED_IN_6_WEEKS), "upto28", 60,
                    "Finished with no scores at all: unpaired, in the recovery denominator, never recovered."),
            new HandWorkedCase("Neverseen", 0, null, 20, true,
                    List.of(), List.of(),
                    figures("ended"), null, null,
                    "Closed before anyone saw them: ended, nothing else; received, never entered treatment."),
            new HandWorkedCase("Waitingassessment", 0, null, 40, false,
                    List.of(), List.of(),
                    figures("open awaiting_assessment awaiting_assessment_29to56"), null, null,
                    "Open, never seen: waiting for assessment since referral, 42 days once the clock has moved "
                            + "two days on. Not yet 61 days without contact."),
            new HandWorkedCase("Waitingtreatment", 2, null, 130, false,
                    List.of(assessment(100)), List.of(phq9(100, 14)),
                    figures("open awaiting_treatment awaiting_treatment_over90 no_contact_91to120"), null, null,
                    "Open, assessed, never treated: waiting for treatment 132 days; last seen 102 days ago. An "
                            + "assessment only is not entering treatment."),
            new HandWorkedCase("Intreatment", 2, null, 75, false,
                    List.of(treatment(70), treatment(65)), List.of(),
                    figures("open no_contact_61to90" + ENTERED_IN_6_WEEKS), "upto28", 70,
                    "Open, treated twice (5 days apart, a second treatment in the period although not ended); "
                            + "last seen 67 days ago. Entered treatment while still open, 5 days after referral."),
            new HandWorkedCase("Missedfirst", 2, null, 60, false,
                    List.of(assessment(55), missedTreatment(45), treatment(12)), List.of(),
                    figures("open" + ENTERED_IN_18_WEEKS), null, 12,
                    "Did not attend the first treatment appointment (code 3), 15 days after referral: that is not "
                            + "entering treatment. Entered at the next, attended, one: 48 days after referral, so "
                            + "outside 6 weeks (had the missed one counted, it would have been inside), and 33 days "
                            + "after the missed one, so in a later month than it. One treatment: no second; last "
                            + "seen 14 days ago, so not without contact."));
}
