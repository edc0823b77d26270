package org.stepwise.discharge;

import java.util.List;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.referral.EndingCode;

/**
 * The national ending codes that fit what actually happened, grouped as NHS England groups them (see
 * {@link EndingCode}): people never seen,
 * seen but not taken on for treatment, and those who had treatment each have their own codes.
 */
public final class EndingCodes {

    private EndingCodes() {
    }

    public static EndingCode.Category categoryFor(TreatmentCourse course) {
        if (course.enteredTreatment()) {
            return EndingCode.Category.TREATED;
        }
        return course.seen() ? EndingCode.Category.SEEN_NOT_TREATED : EndingCode.Category.NOT_SEEN;
    }

    public static List<EndingCode> fitting(TreatmentCourse course) {
        return EndingCode.in(categoryFor(course));
    }

    public static boolean fits(EndingCode code, TreatmentCourse course) {
        return code.category() == categoryFor(course);
    }
}
