package org.stepwise.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A service's time limits for risk work.
 *
 * @param flagReviewWorkingDays   a flag must be reviewed by the end of this many working days after the day it is
 *                                raised (0: by the end of that working day)
 * @param chaseEmergencyHours     hours without an answer before an emergency onward referral is chased
 * @param chaseUrgentHours        the same for an urgent one
 * @param chaseRoutineWorkingDays working days without an answer before a routine one is chased
 * @param version                 the stored version; -1 while the service uses the defaults
 */
public record RiskSettings(int flagReviewWorkingDays, int chaseEmergencyHours, int chaseUrgentHours,
                           int chaseRoutineWorkingDays, int version) {

    /**
     * One working day for a flag, because a disclosure of suicidal thoughts should be followed up by a clinician
     * the next working day at the latest; 4 and 24 hours for emergency and urgent onward referrals, the response
     * times of the urgent and emergency mental health pathway, so silence past them is worth a call; 5 working
     * days (a week) for a routine referral to be acknowledged.
     */
    public static final RiskSettings DEFAULTS = new RiskSettings(1, 4, 24, 5, -1);

    public RiskSettings {
        check(flagReviewWorkingDays, 0, 5, "Flag review");
        check(chaseEmergencyHours, 1, 24, "Emergency chase");
        check(chaseUrgentHours, 1, 72, "Urgent chase");
        check(chaseRoutineWorkingDays, 1, 20, "Routine chase");
    }

    FlagReviewRule flagRule(ZoneId zone) {
        return new FlagReviewRule(flagReviewWorkingDays, zone);
    }

    /** When an onward referral still unanswered since {@code since} should be chased. */
    Instant chaseDue(Urgency urgency, Instant since, ZoneId zone) {
        return switch (urgency) {
            case EMERGENCY -> since.plus(Duration.ofHours(chaseEmergencyHours));
            case URGENT -> since.plus(Duration.ofHours(chaseUrgentHours));
            case ROUTINE -> WorkingDays.endOf(since, chaseRoutineWorkingDays, zone);
        };
    }

    private static void check(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
        }
    }
}
