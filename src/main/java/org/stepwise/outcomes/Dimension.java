package org.stepwise.outcomes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the figures are broken down by. Each names a column of the per-referral facts ({@link CohortSql}); the
 * column is never null there ('' where nothing is recorded), so in a grouping-sets result a null marks the rows
 * that are not grouped by it.
 *
 * <p>Deprivation is the IMD decile of the patient's postcode, from the national files an operator loads
 * ({@code deprivation}); '' when the postcode is missing or not in them.
 */
public enum Dimension {
    MONTH("d_month", "Month ended"),
    STEP("d_step", "Step"),
    PRACTITIONER("d_practitioner", "Practitioner"),
    INTERVENTION("d_intervention", "Intervention at the last treatment appointment"),
    SOURCE("d_source", "Source of referral"),
    AGE_BAND("d_age_band", "Age when referred"),
    GENDER("d_gender", "Gender"),
    ETHNICITY("d_ethnicity", "Ethnic group"),
    DEPRIVATION("d_deprivation", "Deprivation decile");

    private final String column;
    private final String heading;

    Dimension(String column, String heading) {
        this.column = column;
        this.heading = heading;
    }

    public String column() {
        return column;
    }

    public String heading() {
        return heading;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Dimension> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }

    /** The breakdowns shown below the headline table (by month has its own chart). */
    public static List<Dimension> breakdowns() {
        return List.of(STEP, PRACTITIONER, INTERVENTION, SOURCE, AGE_BAND, GENDER, ETHNICITY, DEPRIVATION);
    }
}
