package org.stepwise.demo;

import org.stepwise.contact.Attendance;
import org.stepwise.measures.ReferralOutcome;

/**
 * The headline figures of the histories written, kept as they are written so a run can say what it
 * produced: the recovery rate (recovered among those who finished a course at caseness, as the
 * national figure is defined) and the share of appointments people did not attend.
 */
final class HistoryTally {

    private long appointmentsWithOutcome;
    private long didNotAttend;
    private long finishedAtCaseness;
    private long recovered;

    void appointment(Attendance attendance) {
        if (attendance != null) {
            appointmentsWithOutcome++;
            didNotAttend += attendance == Attendance.DID_NOT_ATTEND ? 1 : 0;
        }
    }

    void ended(ReferralOutcome outcome) {
        if (outcome.classified() && outcome.casenessAtStart()) {
            finishedAtCaseness++;
            recovered += outcome.recovery() ? 1 : 0;
        }
    }

    long finishedAtCaseness() {
        return finishedAtCaseness;
    }

    double recoveryRate() {
        return finishedAtCaseness == 0 ? 0 : (double) recovered / finishedAtCaseness;
    }

    double didNotAttendRate() {
        return appointmentsWithOutcome == 0 ? 0 : (double) didNotAttend / appointmentsWithOutcome;
    }
}
