package org.stepwise.deprivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.IntegrationTest;

/** An operator loads the national postcode and IMD files from the command line; a bad file changes nothing. */
@IntegrationTest
class DeprivationLoadCommandIT {

    @Autowired DeprivationLoadCommand command;
    @Autowired DeprivationLoad load;
    @Autowired JdbcClient jdbc;

    @TempDir Path dir;

    @Test
    void loadsBothFilesReplacingThePreviousLoadAndRecordsWhatWasLoaded() throws IOException {
        Path postcodes = write("old-postcodes.csv", "pcds,lsoa21cd\nZZ9 9ZZ,E01999999\n");
        Path imd = write("old-imd.csv", "LSOA code (2021),IMD decile\nE01999999,7\n");
        assertThat(run("--stepwise.deprivation.load", "--stepwise.deprivation.postcodes=" + postcodes,
                "--stepwise.deprivation.imd=" + imd).code()).isZero();

        Printed printed = run("--stepwise.deprivation.load",
                "--stepwise.deprivation.postcodes=" + DeprivationFixtures.example("postcodes.csv"),
                "--stepwise.deprivation.imd=" + DeprivationFixtures.example("imd.csv"));

        assertThat(printed.code()).isZero();
        assertThat(printed.text())
                .contains("Loaded 5 postcodes with their LSOA (lsoa21cd)")
                .contains("; 1 row with no LSOA left out.")
                .contains("Loaded the IMD decile of 3 LSOAs (\"LSOA code (2021)\", "
                        + "\"Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)\")")
                .contains("Note: the IMD file gives no decile for 1 English LSOA that postcodes lie in;");
        assertThat(jdbc.sql("""
                        select p.postcode || ' ' || p.lsoa_code || ' ' || coalesce(l.imd_decile::text, '-')
                          from deprivation_postcode p left join deprivation_lsoa l on l.lsoa_code = p.lsoa_code
                         order by p.postcode
                        """).query(String.class).list()).containsExactly("YO1 7HH E01999901 1",
                "YO1 7HJ E01999901 1", "YO10 3DD E01999902 10", "YO26 4AB E01999904 -", "YO31 8SS E01999903 5");
        assertThat(jdbc.sql("""
                        select loaded_by || ' ' || lsoa_column || ' ' || postcodes || ' ' || lsoas || ' '
                               || (postcode_file like '%postcodes.csv') || ' ' || (imd_file like '%imd.csv')
                          from deprivation_load order by id desc limit 1
                        """).query(String.class).single()).isEqualTo("ops lsoa21cd 5 3 true true");
    }

    @Test
    void aMalformedFileIsRefusedWithWhereAndWhyAndNothingChanges() throws IOException {
        new DeprivationFixtures(load).loadExamples();
        long loads = jdbc.sql("select count(*) from deprivation_load").query(Long.class).single();
        Path good = DeprivationFixtures.example("postcodes.csv");
        Path badDecile = write("imd.csv", "LSOA code (2021),IMD decile\nE01999991,3\nE01999992,11\n");
        Path twice = write("twice.csv", "pcds,lsoa21cd\nZZ9 9ZZ,E01999991\nzz99zz,E01999992\n");
        Path imd = write("imd-ok.csv", "LSOA code (2021),IMD decile\nE01999991,3\n");

        Printed decile = run("--stepwise.deprivation.load", "--stepwise.deprivation.postcodes=" + good,
                "--stepwise.deprivation.imd=" + badDecile);
        Printed duplicate = run("--stepwise.deprivation.load", "--stepwise.deprivation.postcodes=" + twice,
                "--stepwise.deprivation.imd=" + imd);
        Printed missing = run("--stepwise.deprivation.load", "--stepwise.deprivation.postcodes=" + good);
        Printed absent = run("--stepwise.deprivation.load", "--stepwise.deprivation.postcodes=" + dir.resolve("no"),
                "--stepwise.deprivation.imd=" + imd);

        assertThat(List.of(decile.code(), duplicate.code(), missing.code(), absent.code())).containsOnly(2);
        assertThat(decile.text()).isEqualTo("Nothing was loaded: " + badDecile
                + ", line 3: \"11\" in \"IMD decile\" is not a decile from 1 to 10\n");
        assertThat(duplicate.text()).isEqualTo("Nothing was loaded: " + twice
                + ": lists the postcode ZZ9 9ZZ more than once\n");
        assertThat(missing.text()).startsWith("Nothing was loaded: give both files:");
        assertThat(absent.text()).isEqualTo("Nothing was loaded: " + dir.resolve("no")
                + " is not a file that can be read\n");
        assertThat(jdbc.sql("select count(*) from deprivation_postcode").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from deprivation_lsoa").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from deprivation_load").query(Long.class).single()).isEqualTo(loads);
    }

    private record Printed(int code, String text) {
    }

    private Printed run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.run(new DefaultApplicationArguments(args), "ops",
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Printed(code, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
