package org.stepwise.outcomes;

import java.util.List;

/**
 * Referrals received and people entering treatment in a period, each counted in the month of its own date: every
 * month of the period has a row, with nothing in it if nothing happened.
 */
public record FlowReport(Counts total, List<ReportRow> months) {

    public FlowReport {
        months = List.copyOf(months);
    }

    static FlowReport none() {
        return new FlowReport(Counts.none(), List.of());
    }
}
