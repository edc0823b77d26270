package org.stepwise.discharge;

import java.util.List;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.ReferralStatus;

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

    /**
     * Whether ending the referral is a discharge rather than closing it without treatment: someone in treatment, or
     * treated and then stepped to a waiting list or a new practitioner, had their treatment.
     */
    public static boolean endsAsDischarge(ReferralStatus status, TreatmentCourse course) {
        return status == ReferralStatus.IN_TREATMENT || course.enteredTreatment();
    }
}
