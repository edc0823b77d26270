package org.stepwise.contact;

/**
 * One waiting-time clock of a referral, in days.
 *
 * @param days  days from the clock's start to where it stands; null if it has not started
 * @param state why the clock stands where it does
 */
public record WaitClock(Long days, State state) {

    public enum State {
        /** Its start has not happened: the second-treatment clock before a first treatment. */
        NOT_STARTED,
        /** Still waiting, counted to today. */
        RUNNING,
        /** The appointment it waits for happened: the days are the wait. */
        STOPPED,
        /**
         * The referral ended before the appointment it waits for: the days run to the end. Kept apart from
         * {@link #STOPPED} so a person discharged untreated on day 30 is never read as treated within 6 weeks.
         */
        REFERRAL_ENDED
    }

    public static WaitClock notStarted() {
        return new WaitClock(null, State.NOT_STARTED);
    }

    public static WaitClock running(long days) {
        return new WaitClock(days, State.RUNNING);
    }

    public static WaitClock stopped(long days) {
        return new WaitClock(days, State.STOPPED);
    }

    public static WaitClock referralEnded(long days) {
        return new WaitClock(days, State.REFERRAL_ENDED);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public boolean stopped() {
        return state == State.STOPPED;
    }

    public String text() {
        if (days == null) {
            return "Not started";
        }
        String d = days + (days == 1 ? " day" : " days");
        return switch (state) {
            case RUNNING -> d + " so far";
            case REFERRAL_ENDED -> d + ", until the referral ended";
            default -> d;
        };
    }
}
