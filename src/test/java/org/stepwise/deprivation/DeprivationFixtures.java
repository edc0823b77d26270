package org.stepwise.deprivation;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads the hand-written example files in {@code src/test/resources/deprivation} as an operator would, for tests of
 * what the deciles do. The tables are national, so each test that needs them loads them itself.
 */
public class DeprivationFixtures {

    private final DeprivationLoad load;

    DeprivationFixtures(DeprivationLoad load) {
        this.load = load;
    }

    /**
     * Postcodes YO1 7HH and YO1 7HJ in LSOA E01999901 (decile 1), YO10 3DD in E01999902 (decile 10), YO31 8SS in
     * E01999903 (decile 5), YO26 4AB in E01999904 (no decile in the IMD file); YO90 1ZZ has no LSOA.
     */
    public void loadExamples() {
        load.load(example("postcodes.csv"), example("imd.csv"), "test");
    }

    static Path example(String name) {
        try {
            return Path.of(Objects.requireNonNull(DeprivationFixtures.class.getResource("/deprivation/" + name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
