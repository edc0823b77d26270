package org.stepwise.outcomes;

import java.util.List;

/**
 * A closed range of whole days (or years) that a count is split into, such as "29 to 56 days". The same bounds
 * drive the SQL that counts and the SQL that lists, so a count and the referrals behind it cannot disagree.
 *
 * @param max the last value in the band, or null for "and over"
 */
public record Band(String code, String label, int min, Integer max) {

    public Band {
        if (min < 0 || (max != null && max < min)) {
            throw new IllegalArgumentException("A band needs 0 <= min <= max: " + code);
        }
    }

    /**
     * Waits split as NHS England's dashboards split them (domain-reference §2, "first-to-second treatment wait"):
     * 28 days or fewer, 29–56, 57–90, over 90.
     */
    public static final List<Band> WAITS = List.of(
            new Band("upto28", "28 days or fewer", 0, 28),
            new Band("29to56", "29 to 56 days", 29, 56),
            new Band("57to90", "57 to 90 days", 57, 90),
            new Band("over90", "Over 90 days", 91, null));

    /** Open referrals with no contact, split as the SPC script does (domain-reference §2): 61–90, 91–120, >120. */
    public static final List<Band> NO_CONTACT = List.of(
            new Band("61to90", "61 to 90 days", 61, 90),
            new Band("91to120", "91 to 120 days", 91, 120),
            new Band("over120", "Over 120 days", 121, null));

    /** Age when the referral was received: Stepwise's own ten-year bands for adults (docs/outcomes.md). */
    public static final List<Band> AGES = List.of(
            new Band("under18", "Under 18", 0, 17),
            new Band("18to25", "18 to 25", 18, 25),
            new Band("26to35", "26 to 35", 26, 35),
            new Band("36to45", "36 to 45", 36, 45),
            new Band("46to55", "46 to 55", 46, 55),
            new Band("56to64", "56 to 64", 56, 64),
            new Band("65over", "65 and over", 65, null));

    public boolean contains(long value) {
        return value >= min && (max == null || value <= max);
    }

    /** The SQL condition that {@code expression} falls in this band; the bounds are our own constants. */
    String sql(String expression) {
        return max == null ? expression + " >= " + min : expression + " between " + min + " and " + max;
    }

    /**
     * A SQL case expression naming the band of whole years between the date {@code born} and the date {@code on}
     * (an age), or '' when it falls in none or a date is missing. Each bound is a date comparison, "born on or
     * before the day {@code min} years earlier", which is how whole years are counted and costs far less per row
     * than working the age out once for every band.
     */
    static String yearsCaseSql(List<Band> bands, String born, String on) {
        StringBuilder sql = new StringBuilder("case");
        for (Band band : bands) {
            sql.append(" when ").append(born).append(" <= ").append(yearsBefore(on, band.min()));
            if (band.max() != null) {
                sql.append(" and ").append(born).append(" > ").append(yearsBefore(on, band.max() + 1));
            }
            sql.append(" then '").append(band.code()).append('\'');
        }
        return sql.append(" else '' end").toString();
    }

    private static String yearsBefore(String on, int years) {
        return "(" + on + " - interval '" + years + " years')";
    }

    static Band of(List<Band> bands, String code) {
        return bands.stream().filter(b -> b.code.equals(code)).findFirst().orElse(null);
    }
}
