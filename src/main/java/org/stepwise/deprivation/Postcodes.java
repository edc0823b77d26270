package org.stepwise.deprivation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Postcodes written as ONS writes them in {@code pcds}: upper case, one space before the inward code ("LS1 4AP").
 * The database's {@code postcode_pcds} function (V31) writes a patient's postcode the same way for the lookup.
 */
public final class Postcodes {

    /** An outward code of two to four letters and digits, a space, and an inward code of a digit and two letters. */
    private static final Pattern PCDS = Pattern.compile("[A-Z0-9]{2,4} [0-9][A-Z]{2}");

    private Postcodes() {
    }

    /** The postcode as {@code pcds} writes it, or null when it is not a postcode. */
    public static String normalise(String postcode) {
        if (postcode == null) {
            return null;
        }
        String joined = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (joined.length() < 5) {
            return null;
        }
        String spaced = joined.substring(0, joined.length() - 3) + " " + joined.substring(joined.length() - 3);
        return PCDS.matcher(spaced).matches() ? spaced : null;
    }
}
