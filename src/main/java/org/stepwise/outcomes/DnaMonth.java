package org.stepwise.outcomes;

import java.time.YearMonth;
import org.stepwise.measures.Rate;

/**
 * Missed appointments in a month: did not attend (code 3) over the appointments the person was expected at
 * (codes 3, 5, 6 and 7; cancellations by either side are left out).
 */
public record DnaMonth(YearMonth month, int didNotAttend, int expected) {

    public Rate rate() {
        return new Rate(didNotAttend, expected);
    }

    public String label() {
        return Labels.month(month);
    }
}
