package org.stepwise.contact;

/**
 * One waiting-time clock of a referral, in days.
 *
 * @param days    days from the clock's start to its stop, or to today while it is still running; null if it has
 *                not started (the second-treatment clock before a first treatment)
 * @param running true while the event that stops it has not happened and the referral is open
 */
public record WaitClock(Long days, boolean running) {

    public static WaitClock notStarted() {
        return new WaitClock(null, false);
    }

    public String text() {
        if (days == null) {
            return "Not started";
        }
        String d = days + (days == 1 ? " day" : " days");
        return running ? d + " so far" : d;
    }
}
