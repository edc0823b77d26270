package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Expected treatment response, after Delgadillo et al. (Lancet Psychiatry 2018;5:564–72): for people who started in
 * the same severity band, the distribution of scores at each session number among the service's own completed
 * cases. A case is not on track when its latest score lies above the chosen upper percentile of that distribution.
 * Where the service has too few completed cases for a band and session, a conservative default applies: not on
 * track when the latest score is no lower than the first (no improvement at all) from the review session on.
 *
 * @param boundaries upper percentile per (measure, intake band, session number), where there were enough cases
 */
public record ExpectedResponse(Map<Key, BigDecimal> boundaries, int defaultFromSession) {

    /** Which distribution a score belongs to. */
    public record Key(String measure, int band, int session) {
    }

    /** The upper boundary for this session, if the service's own cases define one. */
    public Optional<BigDecimal> boundary(String measure, BigDecimal intake, int session) {
        return Optional.ofNullable(boundaries.get(new Key(measure, band(measure, intake), session)));
    }

    public boolean notOnTrack(String measure, BigDecimal intake, int session, BigDecimal latest) {
        if (session < 2) {
            return false;
        }
        Optional<BigDecimal> boundary = boundary(measure, intake, session);
        if (boundary.isPresent()) {
            return latest.compareTo(boundary.get()) > 0;
        }
        return session >= defaultFromSession && latest.compareTo(intake) >= 0;
    }

    /** Intake severity band: PHQ-9 0–4, 5–9, 10–14, 15–19, 20–27; GAD-7 0–4, 5–9, 10–14, 15–21 (NHS England's bands). */
    public static int band(String measure, BigDecimal intake) {
        int score = intake.intValue();
        int band = score <= 4 ? 0 : score <= 9 ? 1 : score <= 14 ? 2 : score <= 19 ? 3 : 4;
        return "GAD7".equals(measure) ? Math.min(band, 3) : band;
    }
}
