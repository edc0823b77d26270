package org.stepwise.outcomes;

/**
 * One row of a breakdown: the referrals whose {@code dimension} column is {@code key}.
 *
 * @param key   the value as stored ('' where nothing was recorded), used in drill-down links
 * @param label the value in words
 */
public record ReportRow(Dimension dimension, String key, String label, Counts counts) {
}
