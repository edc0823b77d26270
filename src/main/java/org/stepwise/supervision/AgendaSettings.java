package org.stepwise.supervision;

/**
 * The numbers behind the agenda rules. Each is meant to be a per-service setting; until the service lead can
 * edit them, every service uses {@link #defaults()}.
 *
 * @param reviewAtSession         the session from which no reliable improvement is raised (default 4)
 * @param noContactWeeks          weeks without an attended contact before a case is raised (default 3)
 * @param stepTwoSessionLimit     sessions a step 2 course usually has at most (default 8)
 * @param stepThreeSessionLimit   sessions a step 3 course usually has at most (default 20)
 * @param sessionsBeforeLimit     how close to the limit raises a case (default 2)
 * @param waitingTooLongWeeks     weeks on a waiting list before a case is raised (default 6)
 * @param coverageWeeks           every open case comes up at least this often (default 4)
 * @param newlyAssessedDays       an assessment within this many days counts as new (default 7: weekly supervision)
 */
public record AgendaSettings(int reviewAtSession, int noContactWeeks, int stepTwoSessionLimit,
                             int stepThreeSessionLimit, int sessionsBeforeLimit, int waitingTooLongWeeks,
                             int coverageWeeks, int newlyAssessedDays) {

    public static AgendaSettings defaults() {
        return new AgendaSettings(4, 3, 8, 20, 2, 6, 4, 7);
    }

    int sessionLimit(int step) {
        return step == 3 ? stepThreeSessionLimit : stepTwoSessionLimit;
    }
}
