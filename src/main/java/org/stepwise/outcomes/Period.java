package org.stepwise.outcomes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Whole calendar months, first to last inclusive: referrals count in a month by the day they ended. */
public record Period(YearMonth from, YearMonth to) {

    /** Longer periods than this are refused: the monthly tables and charts stay readable. */
    static final int MAX_MONTHS = 36;

    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period cannot end before it starts");
        }
    }

    /** The twelve months up to and including the current one. */
    static Period lastTwelveMonths(LocalDate today) {
        YearMonth now = YearMonth.from(today);
        return new Period(now.minusMonths(11), now);
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    int length() {
        return months().size();
    }
}
