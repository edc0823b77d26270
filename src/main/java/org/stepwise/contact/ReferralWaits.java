package org.stepwise.contact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A referral's waiting-time clocks (domain-reference §2): referral to first assessment, referral to first treatment
 * (the 6- and 18-week standards), and first to second treatment (the "hidden wait"). Waits are plain day
 * differences with no pauses, as NHS England's dashboards compute them (domain-reference §9.4).
 */
public record ReferralWaits(WaitClock toAssessment, WaitClock toTreatment, WaitClock firstToSecondTreatment) {

    /**
     * @param ended the day the referral ended, or null while it is open; a clock that never stopped stops there
     * @param today the day a running clock is read
     */
    public static ReferralWaits of(LocalDate received, LocalDate ended, TreatmentCourse course, LocalDate today) {
        // An assessment-and-treatment appointment (03) is both, so a first treatment also stops the assessment clock.
        LocalDate assessed = earliest(course.firstAssessment(), course.firstTreatment());
        WaitClock toAssessment = clock(received, assessed, ended, today);
        WaitClock toTreatment = clock(received, course.firstTreatment(), ended, today);
        WaitClock toSecond = course.firstTreatment() == null ? WaitClock.notStarted()
                : clock(course.firstTreatment(), course.secondTreatment(), ended, today);
        return new ReferralWaits(toAssessment, toTreatment, toSecond);
    }

    /** Within the 6-week standard: first treatment no more than 42 days after referral. */
    public boolean withinSixWeeks() {
        return met(WaitingStandard.SIX_WEEKS);
    }

    public boolean withinEighteenWeeks() {
        return met(WaitingStandard.EIGHTEEN_WEEKS);
    }

    /** The wait for first treatment against the standards, or null if the referral ended before a treatment. */
    public TreatmentWaitStanding treatmentStanding() {
        return TreatmentWaitStanding.of(toTreatment);
    }

    private boolean met(WaitingStandard standard) {
        return toTreatment.stopped() && toTreatment.days() <= standard.days();
    }

    private static WaitClock clock(LocalDate start, LocalDate stop, LocalDate ended, LocalDate today) {
        if (stop != null) {
            return WaitClock.stopped(ChronoUnit.DAYS.between(start, stop));
        }
        return ended == null ? WaitClock.running(ChronoUnit.DAYS.between(start, today))
                : WaitClock.referralEnded(ChronoUnit.DAYS.between(start, ended));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
