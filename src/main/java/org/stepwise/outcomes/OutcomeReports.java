package org.stepwise.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.caseload.Capacity;
import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.shared.ServiceId;

/** Puts a page's reports together: each table is one query. */
@Service
class OutcomeReports {

    /** The tables only some pages show; a page asks for those it shows, so no other page pays for their queries. */
    enum Part { CASELOADS, FLOW }

    private final OutcomeQueries queries;
    private final FlowQueries flows;
    private final Capacity capacity;
    private final Charts charts;

    OutcomeReports(OutcomeQueries queries, FlowQueries flows, Capacity capacity, Charts charts) {
        this.queries = queries;
        this.flows = flows;
        this.capacity = capacity;
        this.charts = charts;
    }

    @Transactional(readOnly = true)
    OutcomeReport build(ServiceId service, Scope scope, OutcomeFilter filter, String drillDown, Set<Part> parts) {
        EndedReport ended = queries.ended(service, scope, filter);
        Counts second = queries.totals(service, scope, filter, Cohort.SECOND_TREATMENT);
        Counts open = queries.totals(service, scope, filter, Cohort.OPEN);
        List<DnaMonth> missed = queries.dnaByMonth(service, scope, filter);
        List<CaseloadLine> caseloads = parts.contains(Part.CASELOADS) ? caseloads(service, scope, filter) : List.of();
        FlowReport flow = parts.contains(Part.FLOW) ? flows.flow(service, scope, filter) : FlowReport.none();
        List<ReportRow> months = ended.by(Dimension.MONTH);
        return new OutcomeReport(filter, new Links(drillDown, filter), ended, second, open, missed, caseloads, flow,
                charts.waitingStandards(months), charts.outcomes(months),
                charts.caseloads(caseloads.stream().map(CaseloadLine::capacity).toList()),
                charts.missedAppointments(missed), charts.flow(flow.months()));
    }

    private List<CaseloadLine> caseloads(ServiceId service, Scope scope, OutcomeFilter filter) {
        List<CaseloadLine> lines = new ArrayList<>();
        for (int step : new int[] {2, 3}) {
            if (filter.step() != null && filter.step() != step) {
                continue;
            }
            for (PractitionerCapacity p : capacity.atStep(service, step)) {
                boolean chosen = filter.practitioner() == null || filter.practitioner().equals(p.staffId());
                if (chosen && scope.covers(p.staffId())) {
                    lines.add(new CaseloadLine(step, p));
                }
            }
        }
        return lines;
    }
}
