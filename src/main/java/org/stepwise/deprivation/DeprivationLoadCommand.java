package org.stepwise.deprivation;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stepwise.platform.OperatorCommand;
import org.stepwise.shared.DomainException;

/**
 * {@code java -jar stepwise.jar --server.port=-1 --stepwise.deprivation.load
 * --stepwise.deprivation.postcodes=FILE --stepwise.deprivation.imd=FILE} replaces the postcode and IMD reference
 * tables with the two files, says what it read, and exits: 0 when loaded, 2 when refused (nothing is changed).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeprivationLoadCommand extends OperatorCommand {

    static final String OPTION = "stepwise.deprivation.load";
    static final String POSTCODES = "stepwise.deprivation.postcodes";
    static final String IMD = "stepwise.deprivation.imd";

    private final DeprivationLoad load;

    DeprivationLoadCommand(DeprivationLoad load, ApplicationContext context) {
        super(OPTION, context);
        this.load = load;
    }

    @Override
    protected int execute(ApplicationArguments args, PrintStream out) {
        return run(args, operator(), out);
    }

    /** @return the exit code */
    int run(ApplicationArguments args, String operator, PrintStream out) {
        String postcodes = value(args, POSTCODES);
        String imd = value(args, IMD);
        try {
            if (postcodes == null || imd == null) {
                throw new DomainException("give both files: --" + POSTCODES + "=FILE (ONS postcode to LSOA lookup, "
                        + "CSV) and --" + IMD + "=FILE (MHCLG Indices of Deprivation by LSOA, CSV)");
            }
            LoadResult done = load.load(Path.of(postcodes), Path.of(imd), operator);
            out.println("Loaded " + number(done.postcodes()) + " postcodes with their LSOA (" + done.lsoaColumn()
                    + ") from " + done.postcodeFile() + (done.postcodesWithoutLsoa() == 0 ? ""
                    : "; " + count(done.postcodesWithoutLsoa(), "row", "rows") + " with no LSOA left out") + ".");
            out.println("Loaded the IMD decile of " + number(done.lsoas()) + " LSOAs (\"" + done.imdLsoaColumn()
                    + "\", \"" + done.decileColumn() + "\") from " + done.imdFile() + ".");
            out.println("They replace the previous load; outcomes are broken down by the new deciles at once.");
            if (done.englishLsoasWithoutDecile() > 0) {
                out.println("Note: the IMD file gives no decile for " + count(done.englishLsoasWithoutDecile(),
                        "English LSOA", "English LSOAs") + " that postcodes lie in; people there count as \"Not"
                        + " known\". Check that both files use the same year's LSOAs (2011 or 2021).");
            }
            out.flush();
            return 0;
        } catch (DomainException e) {
            out.println("Nothing was loaded: " + e.getMessage());
            out.flush();
            return 2;
        } catch (UncheckedIOException e) {
            out.println("Nothing was loaded: could not read a file: " + e.getCause().getMessage());
            out.flush();
            return 2;
        }
    }

    private static String count(int n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    private static String number(int n) {
        return String.format(Locale.UK, "%,d", n);
    }

}
