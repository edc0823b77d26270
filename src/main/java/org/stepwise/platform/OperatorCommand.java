package org.stepwise.platform;

import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;

/**
 * A command an operator runs as {@code java -jar stepwise.jar --server.port=-1 --OPTION ...}: when its option is
 * given it runs before anything else that starts with the application, prints what it did, and ends the process
 * with its exit code; otherwise it does nothing and the application starts as usual.
 */
public abstract class OperatorCommand implements ApplicationRunner {

    private final String option;
    private final ApplicationContext context;

    protected OperatorCommand(String option, ApplicationContext context) {
        this.option = option;
        this.context = context;
    }

    @Override
    public final void run(ApplicationArguments args) {
        if (args.containsOption(option)) {
            int code = execute(args, System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** @return the process's exit code */
    protected abstract int execute(ApplicationArguments args, PrintStream out);

    /** The account the operator runs the command from, for the record of what they did. */
    protected static String operator() {
        return System.getProperty("user.name", "unknown");
    }

    /** The last value given for an option, or null when it is absent or blank. */
    protected static String value(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() || values.get(values.size() - 1).isBlank() ? null
                : values.get(values.size() - 1);
    }
}
