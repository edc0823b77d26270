package org.stepwise.outcomes;

import java.util.List;
import java.util.Map;

/** The outcome and waiting-standard figures of referrals that ended in a period: overall and by each breakdown. */
public record EndedReport(Counts total, Map<Dimension, List<ReportRow>> rows) {

    public List<ReportRow> by(Dimension dimension) {
        return rows.getOrDefault(dimension, List.of());
    }
}
