package org.stepwise.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A questionnaire response as stored: the item answers, the total and the definition version that scored it.
 *
 * @param corrects the response this one replaced, with {@code correctionReason}; null for an original
 */
public record StoredScore(
        UUID id,
        UUID appointmentId,
        InstrumentCode instrument,
        String definitionVersion,
        Map<Integer, Integer> answers,
        BigDecimal total,
        List<Integer> substitutedItems,
        String severity,
        boolean atCaseness,
        boolean riskItemRaised,
        LocalDate completedOn,
        String source,
        String enteredBy,
        Instant enteredAt,
        UUID corrects,
        String correctionReason) {

    public boolean substituted() {
        return !substitutedItems.isEmpty();
    }

    /** The total as pages show it: whole numbers without decimals. */
    public String totalText() {
        return total.stripTrailingZeros().scale() <= 0 ? total.toBigInteger().toString() : total.toPlainString();
    }
}
