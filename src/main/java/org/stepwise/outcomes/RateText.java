package org.stepwise.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.stepwise.measures.Rate;

/**
 * How a rate is written. Every rate shows its numerator and denominator; a percentage is added only when the
 * denominator is at least {@link #SMALL_NUMBER_BELOW}, because a percentage of a handful of people ("100%" of 2)
 * says more than the numbers can bear and can point at individuals. Charts leave such points out for the same reason.
 */
public final class RateText {

    /** Denominators below this are shown only as "3 of 5". */
    public static final int SMALL_NUMBER_BELOW = 10;

    private RateText() {
    }

    public static String of(Rate rate) {
        if (rate.denominator() == 0) {
            return "none to count";
        }
        String counts = rate.numerator() + " of " + rate.denominator();
        return small(rate) ? counts : counts + " (" + percent(rate).toPlainString() + "%)";
    }

    public static boolean small(Rate rate) {
        return rate.denominator() < SMALL_NUMBER_BELOW;
    }

    /** The percentage to one decimal place, rounded half up; null when the denominator is too small to show one. */
    public static BigDecimal percentOrNull(Rate rate) {
        return small(rate) ? null : percent(rate);
    }

    static BigDecimal percent(Rate rate) {
        return BigDecimal.valueOf(rate.numerator()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(rate.denominator()), 1, RoundingMode.HALF_UP);
    }
}
