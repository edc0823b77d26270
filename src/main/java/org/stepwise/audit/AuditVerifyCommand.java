package org.stepwise.audit;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.platform.OperatorCommand;

/**
 * {@code java -jar stepwise.jar --server.port=-1 --stepwise.audit.verify} checks every chain, prints what it found
 * and exits: 0 when every chain is intact, 1 when one is broken. It runs before anything else that starts with the
 * application, and does nothing when the option is absent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand extends OperatorCommand {

    static final String OPTION = "stepwise.audit.verify";

    private final ChainVerifier verifier;
    private final JdbcClient jdbc;

    AuditVerifyCommand(ChainVerifier verifier, JdbcClient jdbc, ApplicationContext context) {
        super(OPTION, context);
        this.verifier = verifier;
        this.jdbc = jdbc;
    }

    @Override
    protected int execute(ApplicationArguments args, PrintStream out) {
        return verifyAll(out);
    }

    /** @return the exit code: 0 when every chain is intact, 1 otherwise */
    int verifyAll(PrintStream out) {
        Map<UUID, String> names = jdbc.sql("select id, name from service").query(
                (rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<ChainReport> reports = verifier.verifyAll();
        long events = 0;
        int broken = 0;
        out.println("Stepwise audit trail check: " + reports.size() + " chain(s)");
        for (ChainReport report : reports) {
            String name = report.installationChain() ? "installation (sign-ins with unknown user names)"
                    : "service " + report.chain() + " \"" + names.getOrDefault(report.chain(), "unknown service") + "\"";
            if (report.intact()) {
                out.println("  intact  " + name + ": " + report.checked() + " events; head " + report.headSeq()
                        + " sha256 " + report.headHash());
            } else {
                broken++;
                out.println("  BROKEN  " + name + ": " + report.broken() + " (" + report.checked()
                        + " events intact before it)");
            }
            events += report.checked();
        }
        out.println(broken == 0 ? "Result: intact, " + events + " events checked"
                : "Result: BROKEN, " + broken + " chain(s) tampered with");
        out.flush();
        return broken == 0 ? 0 : 1;
    }
}
