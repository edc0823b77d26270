package org.stepwise.measures;

/**
 * A numerator over its denominator, kept apart so nobody reports a bare percentage: 0 of 0 is "no data", not 0%.
 */
public record Rate(int numerator, int denominator) {

    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("A rate needs 0 <= numerator <= denominator, not " + numerator + "/"
                    + denominator);
        }
    }
}
