package org.stepwise.outcomes;

import java.util.List;
import java.util.Set;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.measures.InstrumentCode;

/**
 * A referral worked out by hand: what happened, in days before today, and the figures it must count in.
 *
 * @param step         2 or 3, or 0 for a referral never allocated
 * @param descriptor   the ICD-10 problem descriptor, or null
 * @param contacts     appointments, attended unless made with {@link #missedTreatment}
 * @param scores       questionnaire totals
 * @param figures      codes of the figures ({@link Figures}) this referral counts in, worked out by hand
 * @param secondBand   the first-to-second treatment band ({@link Band#WAITS}), or null without a second treatment
 * @param entersDaysAgo the day the referral entered treatment (its first attended treatment appointment), or null
 *                     if it never did
 * @param reasoning    why, in words
 */
record HandWorkedCase(String name, int step, String descriptor, int receivedDaysAgo, boolean ends,
                      List<Contact> contacts, List<Score> scores, Set<String> figures, String secondBand,
                      Integer entersDaysAgo, String reasoning) {

    record Contact(int daysAgo, AppointmentPurpose purpose, boolean attended) {
    }

    record Score(int daysAgo, InstrumentCode instrument, int total) {
    }

    static Contact assessment(int daysAgo) {
        return new Contact(daysAgo, AppointmentPurpose.ASSESSMENT, true);
    }

    static Contact treatment(int daysAgo) {
        return new Contact(daysAgo, AppointmentPurpose.TREATMENT, true);
    }

    static Contact assessmentAndTreatment(int daysAgo) {
        return new Contact(daysAgo, AppointmentPurpose.ASSESSMENT_AND_TREATMENT, true);
    }

    /** A treatment appointment the person did not attend (code 3). */
    static Contact missedTreatment(int daysAgo) {
        return new Contact(daysAgo, AppointmentPurpose.TREATMENT, false);
    }

    static Score phq9(int daysAgo, int total) {
        return new Score(daysAgo, InstrumentCode.PHQ9, total);
    }

    static Score gad7(int daysAgo, int total) {
        return new Score(daysAgo, InstrumentCode.GAD7, total);
    }

    static Score spin(int daysAgo, int total) {
        return new Score(daysAgo, InstrumentCode.SPIN, total);
    }

    static Set<String> figures(String codes) {
        return Set.of(codes.trim().split("\\s+"));
    }
}
