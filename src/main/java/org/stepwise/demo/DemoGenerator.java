package org.stepwise.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.shared.ServiceId;

/**
 * Generates demo services full of invented patients and referrals, as many as asked for. It
 * streams: patients are made a chunk at a time and copied into PostgreSQL, so memory holds one
 * chunk and a few counters whatever the size. Each chunk commits on its own unless the caller
 * holds a transaction, in which case everything lands together or not at all.
 */
@Service
public class DemoGenerator {

    /** The one password every demo sign-in shares. It is public, so demo data must never hold anything real. */
    public static final String PASSWORD = "stepwise-demo-2026";
    static final int CHUNK = 1_000;
    /** Staff, practices and the service were set up well before the year of referrals. */
    private static final Duration SERVICE_AGE = Duration.ofDays(800);

    private static final Logger log = LoggerFactory.getLogger(DemoGenerator.class);
    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoGenerator(DataSource dataSource, TransactionTemplate tx, PasswordEncoder passwords, Clock clock) {
        this.dataSource = dataSource;
        this.tx = tx;
        this.passwords = passwords;
        this.clock = clock;
    }

    public DemoSummary generate(DemoPlan plan) {
        long started = System.nanoTime();
        // bcrypt is slow on purpose: hash the shared password once, not once per person.
        String hash = passwords.encode(PASSWORD);
        Instant now = clock.instant();
        List<ServiceId> services = new ArrayList<>();
        long patients = 0;
        long referrals = 0;
        long rows = 0;
        for (int index = 1; index <= plan.services(); index++) {
            DemoRows written = generateService(plan, index, hash, now);
            services.add(new ServiceId(plan.serviceId(index)));
            patients += written.patientsWritten();
            referrals += written.referralsWritten();
            rows += written.written();
        }
        DemoSummary summary = new DemoSummary(services, patients, referrals, rows,
                Duration.ofNanos(System.nanoTime() - started));
        log.info("Demo data: {} service(s), {} patients, {} referrals, {} rows in {} ms ({} rows/s)",
                services.size(), patients, referrals, rows, summary.took().toMillis(), summary.rowsPerSecond());
        return summary;
    }

    private DemoRows generateService(DemoPlan plan, int index, String hash, Instant now) {
        long started = System.nanoTime();
        Dice dice = new Dice(plan.seedFor(index));
        UUID serviceId = plan.serviceId(index);
        // Ids come from the service id, so demos with different prefixes in one database never share ids.
        Dice ids = new Dice(serviceId.getMostSignificantBits() ^ serviceId.getLeastSignificantBits());
        DemoRows rows = new DemoRows();
        Roster roster = DemoOrganisation.create(plan, index, hash, now.minus(SERVICE_AGE), dice, ids, rows);
        SupervisionHistory supervision = SupervisionHistory.plan(roster, rows, plan.seedFor(index), now);
        rows.seal();
        send(rows);
        PatientMaker patients = new PatientMaker(roster, rows, dice, ids, plan.seedFor(index), now, clock.getZone(),
                supervision);
        int total = plan.patientsPerService();
        // One thread makes the next chunk while this one copies the last into PostgreSQL: the two take about as
        // long as each other. Making stays in one thread, so a seed still gives the same rows.
        ExecutorService maker = Executors.newSingleThreadExecutor(r -> new Thread(r, "demo-data"));
        try {
            Future<?> making = maker.submit(() -> make(patients, Math.min(CHUNK, total)));
            for (int done = 0; done < total; ) {
                done += Math.min(CHUNK, total - done);
                await(making);
                rows.seal();
                int next = Math.min(CHUNK, total - done);
                if (next > 0) {
                    making = maker.submit(() -> make(patients, next));
                }
                send(rows);
                long elapsedMillis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
                log.info("Demo data: {} ({} of {}): {} of {} patients, {} rows so far ({} rows/s)",
                        plan.serviceName(index), index, plan.services(), done, total, rows.written(),
                        rows.written() * 1000 / elapsedMillis);
            }
        } finally {
            maker.shutdownNow();
        }
        HistoryTally tally = patients.tally();
        log.info("Demo data: {}: recovery {}% of {} who finished a course at caseness; {}% of appointments missed",
                plan.serviceName(index), Math.round(tally.recoveryRate() * 100), tally.finishedAtCaseness(),
                Math.round(tally.didNotAttendRate() * 100));
        return rows;
    }

    private static void make(PatientMaker patients, int count) {
        for (int i = 0; i < count; i++) {
            patients.next();
        }
    }

    private static void await(Future<?> making) {
        try {
            making.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making demo data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Could not make demo data", e.getCause());
        }
    }

    private void send(DemoRows rows) {
        tx.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                rows.send(connection);
            } catch (SQLException e) {
                DataAccessException translated = TRANSLATOR.translate("copying demo rows", null, e);
                throw translated != null ? translated : new IllegalStateException("Could not write demo data", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }
}
