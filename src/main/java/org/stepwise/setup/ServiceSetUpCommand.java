package org.stepwise.setup;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stepwise.platform.OperatorCommand;
import org.stepwise.shared.DomainException;

/**
 * {@code java -jar stepwise.jar --server.port=-1 --stepwise.setup.service --name="…" --lead-username=… --lead-name="…"
 * [--ods-code=…] [--lead-email=…]} sets up a service with its first service lead, prints the lead's temporary
 * password once, and exits: 0 when the service was set up, 2 when what was given was refused (nothing is written).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServiceSetUpCommand extends OperatorCommand {

    static final String OPTION = "stepwise.setup.service";

    private final ServiceSetUp setUp;

    ServiceSetUpCommand(ServiceSetUp setUp, ApplicationContext context) {
        super(OPTION, context);
        this.setUp = setUp;
    }

    @Override
    protected int execute(ApplicationArguments args, PrintStream out) {
        return run(args, operator(), out);
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

}
