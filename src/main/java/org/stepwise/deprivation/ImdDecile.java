package org.stepwise.deprivation;

/** An IMD decile in words: 1 is the most deprived tenth of England's LSOAs, 10 the least deprived. */
public final class ImdDecile {

    public static final int MOST_DEPRIVED = 1;
    public static final int LEAST_DEPRIVED = 10;

    private ImdDecile() {
    }

    public static boolean valid(int decile) {
        return decile >= MOST_DEPRIVED && decile <= LEAST_DEPRIVED;
    }

    public static String label(int decile) {
        if (!valid(decile)) {
            throw new IllegalArgumentException("An IMD decile is 1 to 10, not " + decile);
        }
        return switch (decile) {
            case MOST_DEPRIVED -> "1 \u2013 most deprived";
            case LEAST_DEPRIVED -> "10 \u2013 least deprived";
            default -> String.valueOf(decile);
        };
    }
}
