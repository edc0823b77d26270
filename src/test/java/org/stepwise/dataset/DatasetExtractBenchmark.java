package org.stepwise.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.IntegrationTest;
import org.stepwise.demo.DemoGenerator;
import org.stepwise.demo.DemoPlan;
import org.stepwise.demo.DemoSummary;
import org.stepwise.shared.ServiceId;

/**
 * How long a large service's month takes to extract and validate, and how much heap it needs. Generates a demo
 * service (20,000 patients unless {@code -Ddataset.patients} says otherwise), extracts last month into a stream that
 * only counts bytes, and prints the figures. It is not named as a test, so it runs only when asked for, with the heap
 * it is to be held to (see docs/dataset.md):
 * {@code JAVA_TOOL_OPTIONS=-Xmx160m ./mvnw -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=DatasetExtractBenchmark}
 */
@IntegrationTest
class DatasetExtractBenchmark {

    @Autowired DemoGenerator demo;
    @Autowired DatasetExtract extract;
    @Autowired DatasetValidation validation;
    @Autowired JdbcClient jdbc;

    @Test
    void extractsALargeServicesMonth() {
        int patients = Integer.getInteger("dataset.patients", 20_000);
        DemoSummary made = demo.generate(new DemoPlan(patients, 2026, 1, "bench" + Long.toHexString(System.nanoTime())
                + "-"));
        ServiceId service = made.services().get(0);
        // A bulk load leaves the planner without statistics until autovacuum catches up; a live database has them.
        jdbc.sql("analyze").update();
        ReportingMonth month = new ReportingMonth(YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1));

        System.gc();
        long heapBefore = usedHeap();
        resetPeaks();
        CountingStream out = new CountingStream();
        long started = System.nanoTime();
        ExtractSummary summary = extract.write(service, month, out);
        long extractMillis = (System.nanoTime() - started) / 1_000_000;
        long peak = peakHeap();

        started = System.nanoTime();
        Map<Problem, Long> problems = validation.counts(service, month);
        long validateMillis = (System.nanoTime() - started) / 1_000_000;

        long rows = summary.rows().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%nDATASET BENCHMARK: %d patients generated (%d referrals, %d rows) in %d s%n",
                made.patients(), made.referrals(), made.rows(), made.took().toSeconds());
        System.out.printf("DATASET BENCHMARK: %s extract: %d rows, %d bytes zipped, in %d ms; rows per table %s%n",
                month.label(), rows, out.bytes.get(), extractMillis, summary.rows());
        System.out.printf("DATASET BENCHMARK: heap max %d MB, used before %d MB, peak during extract %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, heapBefore >> 20, peak >> 20);
        System.out.printf("DATASET BENCHMARK: validation counts in %d ms: %s%n%n", validateMillis, problems);
        assertThat(summary.rowsIn("IDS201CareContact")).isPositive();
        assertThat(out.bytes.get()).isPositive();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound, since the pools need not peak together. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Counts what the zip would send and keeps none of it. */
    private static final class CountingStream extends OutputStream {
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void write(int b) {
            bytes.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.addAndGet(len);
        }
    }
}
