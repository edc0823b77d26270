package org.stepwise.demo;

import java.util.UUID;

/**
 * Someone who treats at a step, with what an allocator weighs: their cap and how large a
 * caseload they usually carry compared with colleagues (a trainee or a supervisor carries less).
 */
record Practitioner(UUID id, String fullName, boolean trainee, UUID supervisorId, int step, int cap, int weight) {

    /** Who holds clinical responsibility for this practitioner's cases: their supervisor when they are a trainee. */
    UUID clinicalHolder() {
        return trainee ? supervisorId : id;
    }
}
