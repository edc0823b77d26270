package org.stepwise.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.stepwise.caseload.Capacity;
import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.shared.ServiceId;

/**
 * Puts a page's reports together: each table is one query, and the tables' queries run side by side, each in its
 * own read-only transaction, so the page takes about as long as its slowest table rather than the sum of them.
 *
 * <p>The page itself holds no connection while it waits, and at most {@link #THREADS} connections serve report
 * queries at once whatever the number of pages being built, so reports can neither starve the pool nor wait on
 * each other: a task only ever waits for a connection, never for another task.
 */
@Service
class OutcomeReports implements AutoCloseable {

    static final int THREADS = 4;

    /** The tables only some pages show; a page asks for those it shows, so no other page pays for their queries. */
    enum Part { CASELOADS, FLOW }

    private final OutcomeQueries queries;
    private final FlowQueries flows;
    private final Capacity capacity;
    private final Charts charts;
    private final ExecutorService threads;

    OutcomeReports(OutcomeQueries queries, FlowQueries flows, Capacity capacity, Charts charts) {
        this.queries = queries;
        this.flows = flows;
        this.capacity = capacity;
        this.charts = charts;
        AtomicInteger count = new AtomicInteger();
        this.threads = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "outcome-query-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }));
    }

    OutcomeReport build(ServiceId service, Scope scope, OutcomeFilter filter, String drillDown, Set<Part> parts) {
        CompletableFuture<EndedReport> endedQuery = run(() -> queries.ended(service, scope, filter));
        CompletableFuture<Counts> secondQuery = run(() -> queries.totals(service, scope, filter,
                Cohort.SECOND_TREATMENT));
        CompletableFuture<Counts> openQuery = run(() -> queries.totals(service, scope, filter, Cohort.OPEN));
        CompletableFuture<List<DnaMonth>> missedQuery = run(() -> queries.dnaByMonth(service, scope, filter));
        CompletableFuture<FlowReport> flowQuery = parts.contains(Part.FLOW)
                ? run(() -> flows.flow(service, scope, filter)) : CompletableFuture.completedFuture(FlowReport.none());
        List<CaseloadLine> caseloads = parts.contains(Part.CASELOADS) ? caseloads(service, scope, filter) : List.of();
        EndedReport ended = result(endedQuery);
        List<DnaMonth> missed = result(missedQuery);
        FlowReport flow = result(flowQuery);
        List<ReportRow> months = ended.by(Dimension.MONTH);
        return new OutcomeReport(filter, new Links(drillDown, filter), ended, result(secondQuery), result(openQuery),
                missed, caseloads, flow, charts.waitingStandards(months), charts.outcomes(months),
                charts.caseloads(caseloads.stream().map(CaseloadLine::capacity).toList()),
                charts.missedAppointments(missed), charts.flow(flow.months()));
    }

    @Override
    public void close() {
        threads.shutdown();
    }

    private <T> CompletableFuture<T> run(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, threads);
    }

    /** The table, or the query's own exception, as if it had run on this thread. */
    private static <T> T result(CompletableFuture<T> table) {
        try {
            return table.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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
