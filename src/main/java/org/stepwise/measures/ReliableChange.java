package org.stepwise.measures;

import java.math.BigDecimal;

/**
 * Reliable change between a first and a last score on the same measure. On every measure here a higher total means
 * more symptoms, so a drop is improvement and a rise is deterioration.
 */
public enum ReliableChange {
    /** Dropped by at least the reliable-change value. */
    IMPROVED,
    /** Rose by at least the reliable-change value. */
    DETERIORATED,
    /** Moved by less than the reliable-change value in either direction. */
    NO_RELIABLE_CHANGE,
    /** The measure has no reliable-change value, so the question does not arise. */
    NOT_MEASURED;

    /**
     * Compares two totals with the definition's reliable-change value. The comparison is "at least": a PHQ-9 drop
     * of exactly 6 is reliable improvement (PMC8411661: "reduction of 6 or more").
     */
    public static ReliableChange between(InstrumentDefinition definition, BigDecimal first, BigDecimal last) {
        if (definition.reliableChange() == null) {
            return NOT_MEASURED;
        }
        BigDecimal rise = last.subtract(first);
        if (rise.negate().compareTo(definition.reliableChange()) >= 0) {
            return IMPROVED;
        }
        if (rise.compareTo(definition.reliableChange()) >= 0) {
            return DETERIORATED;
        }
        return NO_RELIABLE_CHANGE;
    }

    /** The same, for two stored scores, which must both be of this definition's instrument. */
    public static ReliableChange between(InstrumentDefinition definition, Score first, Score last) {
        if (first.instrument() != definition.code() || last.instrument() != definition.code()) {
            throw new IllegalArgumentException("Reliable change compares two " + definition.code().label() + " scores");
        }
        return between(definition, first.total(), last.total());
    }
}
