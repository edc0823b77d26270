package org.stepwise.outcomes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where each count on a page links to: the list of referrals behind it, with the page's filter.
 *
 * @param drillDown the drill-down page, such as {@code /service/outcomes/referrals}
 */
public record Links(String drillDown, OutcomeFilter filter) {

    public String to(Figure figure) {
        return drillDown + "?" + filter.query() + "&figure=" + figure.code();
    }

    public String to(Figure figure, ReportRow row) {
        return to(figure) + "&dimension=" + row.dimension().code() + "&key="
                + URLEncoder.encode(row.key(), StandardCharsets.UTF_8);
    }
}
