package org.stepwise.supervision;

import java.util.EnumSet;
import java.util.Set;

/**
 * A service's numbers and switches behind the agenda rules. Services that never changed them work to
 * {@link #defaults()}, which follow domain-reference §4.2: weekly supervision, a review at session 4, and every case
 * discussed at least monthly.
 *
 * @param reviewAtSession         the session from which no reliable improvement is raised (default 4)
 * @param noContactWeeks          weeks without an attended contact before a case is raised (default 3)
 * @param stepTwoSessionLimit     sessions a step 2 course usually has at most (default 8)
 * @param stepThreeSessionLimit   sessions a step 3 course usually has at most (default 20)
 * @param sessionsBeforeLimit     how close to the limit raises a case (default 2)
 * @param waitingTooLongWeeks     weeks on a waiting list before a case is raised (default 6)
 * @param coverageWeeks           every open case comes up at least this often (default 4)
 * @param newlyAssessedDays       an assessment within this many days counts as new (default 7: weekly supervision)
 * @param switchedOff             rules the service has chosen not to use
 * @param version                 the stored version; -1 while the service uses the defaults
 */
public record AgendaSettings(int reviewAtSession, int noContactWeeks, int stepTwoSessionLimit,
                             int stepThreeSessionLimit, int sessionsBeforeLimit, int waitingTooLongWeeks,
                             int coverageWeeks, int newlyAssessedDays, Set<AgendaReason> switchedOff, int version) {

    /**
     * Rules no service may switch off: open risk must always reach a supervisor, and coverage is what guarantees
     * that every person is highlighted regularly whatever else is switched off.
     */
    public static final Set<AgendaReason> ALWAYS_ON = EnumSet.of(AgendaReason.RISK, AgendaReason.COVERAGE);

    public AgendaSettings {
        check(reviewAtSession, 1, 20, "The review session");
        check(noContactWeeks, 1, 12, "Weeks without contact");
        check(stepTwoSessionLimit, 1, 30, "The step 2 session limit");
        check(stepThreeSessionLimit, 1, 40, "The step 3 session limit");
        check(sessionsBeforeLimit, 0, 10, "Sessions before the limit");
        check(waitingTooLongWeeks, 1, 52, "Weeks on a waiting list");
        check(coverageWeeks, 1, 12, "The coverage interval");
        check(newlyAssessedDays, 1, 31, "Days an assessment counts as new");
        switchedOff = switchedOff.isEmpty() ? EnumSet.noneOf(AgendaReason.class) : EnumSet.copyOf(switchedOff);
        for (AgendaReason reason : ALWAYS_ON) {
            if (switchedOff.contains(reason)) {
                throw new IllegalArgumentException("\"" + reason.label() + "\" cannot be switched off");
            }
        }
    }

    public static AgendaSettings defaults() {
        return new AgendaSettings(4, 3, 8, 20, 2, 6, 4, 7, Set.of(), -1);
    }

    /** The same numbers and switches, as saved at {@code version}. */
    AgendaSettings atVersion(int version) {
        return new AgendaSettings(reviewAtSession, noContactWeeks, stepTwoSessionLimit, stepThreeSessionLimit,
                sessionsBeforeLimit, waitingTooLongWeeks, coverageWeeks, newlyAssessedDays, switchedOff, version);
    }

    public boolean uses(AgendaReason reason) {
        return !switchedOff.contains(reason);
    }

    int sessionLimit(int step) {
        return step == 3 ? stepThreeSessionLimit : stepTwoSessionLimit;
    }

    private static void check(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
        }
    }
}
