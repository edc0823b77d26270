package org.stepwise.outcomes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.stepwise.shared.Identifier;
import org.stepwise.shared.NotFoundException;

/**
 * The count a drill-down lists, from its link: a figure, and optionally the breakdown row it was in.
 * Links are made by Stepwise, so something that is not one of ours is "not found" rather than a form error.
 */
record DrillDownRequest(Figure figure, Dimension dimension, String key, UUID after) {

    static DrillDownRequest parse(String figure, String dimension, String key, String after) {
        Figure f = figure == null || figure.isBlank() ? Figures.ENDED
                : Figures.byCode(figure).orElseThrow(() -> new NotFoundException("No such figure"));
        Dimension d = null;
        if (dimension != null && !dimension.isBlank()) {
            d = Dimension.ofCode(dimension).orElseThrow(() -> new NotFoundException("No such breakdown"));
            if (!f.cohort().breaksDownBy(d)) {
                throw new NotFoundException("That count has no breakdown");
            }
            if (d == Dimension.MONTH && !isMonth(key)) {
                throw new NotFoundException("No such month");
            }
        }
        UUID cursor = after == null || after.isBlank() ? null : Identifier.parse(after);
        return new DrillDownRequest(f, d, d == null ? null : (key == null ? "" : key), cursor);
    }

    /** The links to this list's further pages, without the cursor. */
    String query(OutcomeFilter filter) {
        StringBuilder q = new StringBuilder(filter.query()).append("&figure=").append(figure.code());
        if (dimension != null) {
            q.append("&dimension=").append(dimension.code()).append("&key=")
                    .append(URLEncoder.encode(key, StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    String describe(Map<String, String> staffNames) {
        if (dimension == null) {
            return figure.label();
        }
        String heading = dimension == Dimension.MONTH ? figure.cohort().monthHeading() : dimension.heading();
        return figure.label() + " — " + heading.toLowerCase(Locale.UK) + ": " + Labels.of(dimension, key, staffNames);
    }

    private static boolean isMonth(String key) {
        try {
            YearMonth.parse(key == null ? "" : key);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
