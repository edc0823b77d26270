package org.stepwise.contact;

/**
 * Where the wait from referral to first treatment stands against the 6- and 18-week standards, in words a clinician
 * reads at a glance: once treated, the standard it met; while waiting, how long until each is passed, so the
 * person who is about to breach one can be seen first.
 *
 * @param band    the standard the wait is within, so far if still waiting
 * @param waiting true while the person has not yet had a first treatment
 * @param words   "Within 6 weeks", or while waiting e.g. "6 weeks passed, 30 days until 18 weeks"
 */
public record TreatmentWaitStanding(Band band, boolean waiting, String words) {

    public enum Band {
        WITHIN_SIX_WEEKS("Within 6 weeks"),
        WITHIN_EIGHTEEN_WEEKS("Within 18 weeks"),
        OVER_EIGHTEEN_WEEKS("Over 18 weeks");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Band of(long days) {
            if (days <= WaitingStandard.SIX_WEEKS.days()) {
                return WITHIN_SIX_WEEKS;
            }
            return days <= WaitingStandard.EIGHTEEN_WEEKS.days() ? WITHIN_EIGHTEEN_WEEKS : OVER_EIGHTEEN_WEEKS;
        }
    }

    /** Null when the referral ended untreated: the standards count only people who were treated. */
    static TreatmentWaitStanding of(WaitClock toTreatment) {
        if (!toTreatment.running() && !toTreatment.stopped()) {
            return null;
        }
        long days = toTreatment.days();
        Band band = Band.of(days);
        return toTreatment.running() ? new TreatmentWaitStanding(band, true, whileWaiting(band, days))
                : new TreatmentWaitStanding(band, false, band.label());
    }

    private static String whileWaiting(Band band, long days) {
        return switch (band) {
            case WITHIN_SIX_WEEKS -> until(WaitingStandard.SIX_WEEKS, days);
            case WITHIN_EIGHTEEN_WEEKS -> WaitingStandard.SIX_WEEKS.label() + " passed, "
                    + until(WaitingStandard.EIGHTEEN_WEEKS, days);
            case OVER_EIGHTEEN_WEEKS -> WaitingStandard.EIGHTEEN_WEEKS.label() + " passed";
        };
    }

    // A first treatment on the standard's last day still meets it, so that day reads "today", not "passed".
    private static String until(WaitingStandard standard, long days) {
        long left = standard.days() - days;
        if (left == 0) {
            return standard.label() + " today";
        }
        return left + (left == 1 ? " day" : " days") + " until " + standard.label();
    }
}
