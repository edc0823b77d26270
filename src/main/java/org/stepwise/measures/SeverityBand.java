package org.stepwise.measures;

import java.math.BigDecimal;

/**
 * A named band of totals, inclusive at both ends (for example PHQ-9 10–14 "Moderate"). A total with decimals (from
 * substituted items) belongs to the band its whole part belongs to: 9.50 is in 5–9, not between bands.
 */
public record SeverityBand(int from, int to, String label) {

    public SeverityBand {
        if (from > to) {
            throw new IllegalArgumentException("Band " + label + " runs backwards");
        }
    }

    public boolean contains(BigDecimal total) {
        return total.compareTo(BigDecimal.valueOf(from)) >= 0 && total.compareTo(BigDecimal.valueOf(to + 1L)) < 0;
    }
}
