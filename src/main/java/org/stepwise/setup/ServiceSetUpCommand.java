package org.stepwise.setup;

import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stepwise.shared.DomainException;

/**
 * {@code java -jar stepwise.jar --server.port=-1 --stepwise.setup.service --name="…" --lead-username=… --lead-name="…"
 * [--ods-code=…] [--lead-email=…]} sets up a service with its first service lead, prints the lead's temporary
 * password once, and exits: 0 when the service was set up, 2 when what was given was refused (nothing is written).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceSetUpCommand implements ApplicationRunner {

    static final String OPTION = "stepwise.setup.service";

    private final ServiceSetUp setUp;
    private final ApplicationContext context;

    ServiceSetUpCommand(ServiceSetUp setUp, ApplicationContext context) {
        this.setUp = setUp;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            int code = run(args, System.getProperty("user.name", "unknown"), System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** @return the exit code */
    int run(ApplicationArguments args, String operator, PrintStream out) {
        NewService wanted = new NewService(value(args, "name"), value(args, "ods-code"), value(args, "lead-username"),
                value(args, "lead-name"), value(args, "lead-email"));
        try {
            ServiceSetUp.Result done = setUp.setUp(wanted, operator);
            out.println("Set up \"" + wanted.name().strip() + "\" (service " + done.service() + ").");
            out.println("Service lead: " + wanted.leadUsername().strip() + ", temporary password: "
                    + done.temporaryPassword());
            out.println("Give the password to the lead by a secure route; they must choose their own when they"
                    + " first sign in. It is not shown again.");
            out.flush();
            return 0;
        } catch (DomainException e) {
            out.println("Nothing was set up: " + e.getMessage());
            out.flush();
            return 2;
        }
    }

    private static String value(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
