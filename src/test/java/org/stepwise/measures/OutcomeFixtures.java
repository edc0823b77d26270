package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds ended referrals for the outcome tests: totals are written as "16 10" (first … last). */
final class OutcomeFixtures {

    private OutcomeFixtures() {
    }

    static List<BigDecimal> totals(String spaced) {
        return spaced.isBlank() ? List.of() : Arrays.stream(spaced.trim().split("\\s+")).map(BigDecimal::new).toList();
    }

    /** A referral with PHQ-9 and GAD-7 only. */
    static EndedReferral referral(int appointments, String descriptor, String phq9, String gad7) {
        return referral(appointments, descriptor, phq9, Map.of(InstrumentCode.GAD7, gad7));
    }

    static EndedReferral referral(int appointments, String descriptor, String phq9,
            Map<InstrumentCode, String> anxiety) {
        Map<InstrumentCode, List<BigDecimal>> anxietyTotals = new EnumMap<>(InstrumentCode.class);
        anxiety.forEach((code, spaced) -> anxietyTotals.put(code, totals(spaced)));
        return new EndedReferral(appointments, totals(phq9), anxietyTotals, descriptor);
    }
}
