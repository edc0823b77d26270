package org.stepwise.outcomes;

import java.util.List;

/**
 * What {@code outcome-charts.js} draws, written as JSON beside the canvas (the Content-Security-Policy allows no
 * inline script). Every chart has a table of the same numbers next to it.
 *
 * @param max the top of the y axis (100 for percentages), or null to fit the data
 */
record ChartData(String type, List<String> labels, String yTitle, Integer max, List<Series> series) {

    /** @param values null where a point is not shown (no one to count, or too few: see {@link RateText}) */
    record Series(String label, List<? extends Number> values, boolean dashed) {
    }
}
