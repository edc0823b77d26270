package org.stepwise.measures;

import java.util.List;

/**
 * One questionnaire's scores across a referral, ready to draw: the chart's data as JSON and the same numbers
 * for the table beside it.
 *
 * @param change reliable change from the first score to the latest, or null with a single score
 */
public record ScoreChart(InstrumentCode instrument, String fullName, List<StoredScore> scores, String json,
                         String casenessText, String reliableChangeText, ReliableChange change) {

    public String changeText() {
        return switch (change) {
            case IMPROVED -> "reliable improvement";
            case DETERIORATED -> "reliable deterioration";
            case NO_RELIABLE_CHANGE -> "no reliable change";
            case NOT_MEASURED -> "not measured";
        };
    }

    public String elementId() {
        return "chart-" + instrument.name().toLowerCase(java.util.Locale.UK);
    }
}
