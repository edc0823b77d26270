package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What outcome classification needs to know about an ended referral.
 *
 * @param attendedTreatmentAppointments attended (AttendOrDNACode 5 or 6) appointments of a treatment type
 *                                      (AppType 02, 03, 05), counted by the caller
 * @param phq9Totals                    PHQ-9 totals in the order they were measured, one per measurement
 * @param anxietyTotals                 for each anxiety measure recorded (GAD-7 and any ADSM), its totals in order
 * @param problemDescriptor             ICD-10 code of the provisional diagnosis ("F40.1"), or null
 */
public record EndedReferral(
        int attendedTreatmentAppointments,
        List<BigDecimal> phq9Totals,
        Map<InstrumentCode, List<BigDecimal>> anxietyTotals,
        String problemDescriptor) {

    public EndedReferral {
        if (attendedTreatmentAppointments < 0) {
            throw new IllegalArgumentException("Attended appointments cannot be negative");
        }
        phq9Totals = phq9Totals == null ? List.of() : List.copyOf(phq9Totals);
        EnumMap<InstrumentCode, List<BigDecimal>> copy = new EnumMap<>(InstrumentCode.class);
        if (anxietyTotals != null) {
            anxietyTotals.forEach((code, totals) -> copy.put(code, totals == null ? List.of() : List.copyOf(totals)));
        }
        anxietyTotals = Map.copyOf(copy);
    }
}
