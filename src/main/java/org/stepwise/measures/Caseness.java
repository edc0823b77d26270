package org.stepwise.measures;

/** Caseness of one score. */
public enum Caseness {
    CASE,
    NOT_CASE,
    /** The measure has no caseness rule (WSAS). */
    NOT_A_CASENESS_MEASURE
}
