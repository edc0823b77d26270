package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a safety plan written with the person, numbered from 1; each later version says why it changed. */
public record SafetyPlan(UUID id, int versionNo, String warningSigns, String copingStrategies,
                         String peopleAndPlaces, String peopleToAsk, String crisisContacts, String safeEnvironment,
                         String reasonsForLiving, LocalDate reviewOn, boolean copyGiven, String changeReason,
                         String recordedBy, Instant recordedAt) {

    public boolean reviewOverdue(LocalDate today) {
        return reviewOn.isBefore(today);
    }
}
