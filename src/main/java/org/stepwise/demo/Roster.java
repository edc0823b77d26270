package org.stepwise.demo;

import java.util.List;
import java.util.UUID;

/**
 * The people and practices of one demo service that referrals are written against, kept in
 * memory for the whole run: small, whatever the number of patients.
 *
 * @param lead who holds clinical responsibility for referrals nobody has been allocated yet
 */
record Roster(UUID serviceId, UUID lead, UUID admin, List<UUID> allocators, List<Practitioner> lowIntensity,
              List<Practitioner> highIntensity, List<Practice> practices) {

    /** A GP practice and one of its doctors, who signs the referrals it sends. */
    record Practice(UUID id, String name, String doctor) {
    }

    List<Practitioner> atStep(int step) {
        return step == 2 ? lowIntensity : highIntensity;
    }
}
