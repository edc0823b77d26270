package org.stepwise.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.stepwise.shared.ServiceId;

/**
 * A month of the national data set for every service, against the national-scale database perf/generate.sh made
 * (100 services, about a million referrals; see docs/performance.md) and perf/serve.sh serves on port 15432.
 * Extracts last month for each service, one after another in one JVM, into a stream that only counts bytes, and
 * prints the time and the heap. Not named as a test, so it runs only when asked for:
 * {@code JAVA_TOOL_OPTIONS=-Xmx512m ./mvnw -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=NationalExtractBenchmark} (another database: {@code -Dstepwise.bench.db=jdbc:postgresql://...}).
 */
@SpringBootTest(properties = {
        "stepwise.db.url=${stepwise.bench.db:jdbc:postgresql://127.0.0.1:15432/stepwise}",
        "stepwise.db.user=${stepwise.bench.db-user:postgres}"})
@ActiveProfiles("test")
class NationalExtractBenchmark {

    @Autowired DatasetExtract extract;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aMonthOfTheDataSetForEveryService() {
        List<ServiceId> services = services();
        ReportingMonth month = new ReportingMonth(YearMonth.now(clock).minusMonths(1));
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        CountingStream out = new CountingStream();
        Map<String, Long> rows = new HashMap<>();
        long micros = timed(() -> {
            for (ServiceId service : services) {
                ExtractSummary summary = extract.write(service, month, out);
                summary.rows().forEach((table, n) -> rows.merge(table, n, Long::sum));
            }
        });
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%nNATIONAL EXTRACT: %s for %d services: %,d rows, %,d bytes zipped, in %.1f s%n",
                month.label(), services.size(), total, out.bytes, micros / 1e6);
        System.out.printf("NATIONAL EXTRACT: rows per table %s%n", rows);
        System.out.printf("NATIONAL EXTRACT: heap max %d MB, peak of the heap pools during the extract %d MB%n%n",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        assertThat(rows.get("IDS201CareContact")).isPositive();
    }

    private List<ServiceId> services() {
        return jdbc.sql("select id from service order by name").query((rs, n) ->
                new ServiceId(rs.getObject("id", UUID.class))).list();
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000;
    }

    /** Counts what the zips would send and keeps none of it. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
