package org.stepwise.contact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a referral's appointments add up to, as the national definitions count them (domain-reference §2
 * and §9): treatment appointments are purposes 02, 03 and 05 attended (codes 5 or 6); a person has
 * finished a course of treatment with at least two of them.
 *
 * @param firstAssessment   the first attended assessment (purpose 01 or 03), or null
 * @param firstTreatment    the first attended treatment appointment: "entered treatment" and the end of the wait
 * @param secondTreatment   the second: the end of the "hidden wait" between first and second treatment
 * @param treatmentCount    attended treatment appointments
 * @param lastAttended      the last attended appointment of any purpose: "last contact"
 * @param didNotAttend      appointments the person did not attend (code 3)
 */
public record TreatmentCourse(
        LocalDate firstAssessment,
        LocalDate firstTreatment,
        LocalDate secondTreatment,
        int treatmentCount,
        LocalDate lastAttended,
        int didNotAttend) {

    public static final int FINISHED_COURSE_MINIMUM = 2;

    public static TreatmentCourse of(List<ContactFact> contacts) {
        List<ContactFact> inOrder = contacts.stream().sorted(Comparator.comparing(ContactFact::date)).toList();
        List<LocalDate> treatments = inOrder.stream().filter(ContactFact::attendedTreatment).map(ContactFact::date).toList();
        LocalDate assessment = inOrder.stream().filter(ContactFact::attendedAssessment).map(ContactFact::date)
                .findFirst().orElse(null);
        LocalDate last = inOrder.stream().filter(c -> c.attendance() != null && c.attendance().attended())
                .map(ContactFact::date).reduce((a, b) -> b).orElse(null);
        int dna = (int) inOrder.stream().filter(c -> c.attendance() == Attendance.DID_NOT_ATTEND).count();
        return new TreatmentCourse(assessment,
                treatments.isEmpty() ? null : treatments.get(0),
                treatments.size() < 2 ? null : treatments.get(1),
                treatments.size(), last, dna);
    }

    /** At least two attended treatment appointments: counted as finishing a course once the referral ends. */
    public boolean enoughForACourse() {
        return treatmentCount >= FINISHED_COURSE_MINIMUM;
    }

    public boolean seen() {
        return lastAttended != null;
    }

    public boolean enteredTreatment() {
        return firstTreatment != null;
    }
}
