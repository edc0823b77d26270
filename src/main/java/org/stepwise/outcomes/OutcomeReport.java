package org.stepwise.outcomes;

import java.util.List;

/**
 * Everything one outcomes page shows, for one scope and filter.
 *
 * @param caseloads empty on pages that do not show caseloads
 * @param flow      referrals received and entering treatment; empty on pages that do not show them
 */
public record OutcomeReport(OutcomeFilter filter, Links links, EndedReport ended, Counts secondTreatments,
                            Counts open, List<DnaMonth> missed, List<CaseloadLine> caseloads, FlowReport flow,
                            String waitingChart, String outcomesChart, String caseloadChart, String missedChart,
                            String flowChart) {
}
