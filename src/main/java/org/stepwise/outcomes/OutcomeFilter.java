package org.stepwise.outcomes;

import org.stepwise.shared.StaffId;

/**
 * What the figures are limited to: a period of months, optionally one step and one practitioner.
 *
 * @param step         2 or 3, or null for both
 * @param practitioner the practitioner the referral was with when it ended (or is with now), or null for everyone
 */
public record OutcomeFilter(Period period, Integer step, StaffId practitioner) {

    /** The query string that reproduces this filter, for links to drill-downs and downloads. */
    public String query() {
        StringBuilder q = new StringBuilder("from=").append(period.from()).append("&to=").append(period.to());
        if (step != null) {
            q.append("&step=").append(step);
        }
        if (practitioner != null) {
            q.append("&practitioner=").append(practitioner);
        }
        return q.toString();
    }
}
