package org.stepwise.dataset;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.shared.ServiceId;

/**
 * Writes one service's month of the national data set as a zip of CSV files, one per table, straight onto the given
 * stream. Rows come from PostgreSQL through a cursor ({@link #FETCH_SIZE} at a time) and are written as they
 * arrive, so memory holds one batch of rows whatever the size of the service. Every table is read in one
 * read-only, repeatable-read transaction: the files agree with each other even while people keep working.
 */
@Component
public class DatasetExtract {

    /** Rows fetched per round trip; the driver uses a cursor only inside a transaction with a fetch size. */
    static final int FETCH_SIZE = 2_000;
    static final String DATA_SET_VERSION = "2.1";
    static final String SYSTEM = "Stepwise";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Submitters submitters;
    private final Clock clock;

    DatasetExtract(DataSource dataSource, PlatformTransactionManager transactions, Submitters submitters,
                   Clock clock) {
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(cursor);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.submitters = submitters;
        this.clock = clock;
    }

    /** Writes the zip and closes it (not the stream beneath); returns how many rows each table got. */
    public ExtractSummary write(ServiceId service, ReportingMonth month, OutputStream out) {
        Instant now = clock.instant();
        Submitter submitter = submitters.of(service);
        MonthScope scope = new MonthScope(service, month, submitter.zone(), now);
        LocalDateTime created = LocalDateTime.ofInstant(now, submitter.zone());
        Map<String, Long> rows = new LinkedHashMap<>();
        ZipOutputStream zip = new ZipOutputStream(new Unclosable(out), StandardCharsets.UTF_8);
        // CSV compresses well at the fastest level: across the national month the default level made the zips a
        // tenth smaller (182 MB against 199 MB) and took a quarter longer (56 s against 44 s; docs/performance.md).
        zip.setLevel(Deflater.BEST_SPEED);
        Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        snapshot.executeWithoutResult(status -> {
            entry(zip, text, "IDS000Header.csv", csv -> {
                csv.row(List.of("DatSetVer", "OrgIDProv", "OrgIDSubmit", "PrimSystemInUse", "ReportingPeriodStartDate",
                        "ReportingPeriodEndDate", "DateTimeDatSetCreate"));
                csv.row(List.of(DATA_SET_VERSION, submitter.organisation(), submitter.organisation(), SYSTEM,
                        DatasetCodes.date(month.firstDay()), DatasetCodes.date(month.lastDay()),
                        DatasetCodes.date(created.toLocalDate()) + "T" + DatasetCodes.time(created)));
            });
            rows.put("IDS000Header", 1L);
            for (ExtractTable table : ExtractTables.ALL) {
                long[] count = {0};
                entry(zip, text, table.fileName(), csv -> {
                    csv.row(table.fields());
                    jdbc.query(table.sql(), scope.params(), rs -> {
                        csv.row(table.row().of(rs, submitter, month));
                        count[0]++;
                    });
                });
                rows.put(table.name(), count[0]);
            }
        });
        ExtractSummary summary = new ExtractSummary(month, rows);
        entry(zip, text, "README.txt", csv -> {
            try {
                text.write(summary.readme(submitter.name()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            zip.finish();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return summary;
    }

    private static void entry(ZipOutputStream zip, Writer text, String name, EntryBody body) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            CsvWriter csv = CsvWriter.exact(text);
            body.write(csv);
            text.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the month's rows for " + name, e);
        }
    }

    @FunctionalInterface
    private interface EntryBody {
        void write(CsvWriter csv) throws SQLException;
    }

    /** Closing the zip must not close the response: the container owns that stream. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
