package org.stepwise.caseload;

import java.math.BigDecimal;

/** The latest score on a measure and which way it moved since the one before (null when there is none). */
public record Trend(BigDecimal latest, BigDecimal previous) {

    public static Trend of(BigDecimal[] newestFirst) {
        if (newestFirst == null || newestFirst.length == 0) {
            return null;
        }
        return new Trend(newestFirst[0], newestFirst.length > 1 ? newestFirst[1] : null);
    }

    public String latestText() {
        return latest.stripTrailingZeros().toPlainString();
    }

    /** An arrow for the direction since the previous score; lower scores are better on every measure here. */
    public String arrow() {
        if (previous == null) {
            return "";
        }
        int c = latest.compareTo(previous);
        return c < 0 ? "↓" : c > 0 ? "↑" : "→";
    }

    public String direction() {
        if (previous == null) {
            return "first score";
        }
        int c = latest.compareTo(previous);
        return c < 0 ? "down from " + previous.stripTrailingZeros().toPlainString()
                : c > 0 ? "up from " + previous.stripTrailingZeros().toPlainString() : "unchanged";
    }
}
