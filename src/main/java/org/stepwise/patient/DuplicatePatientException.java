package org.stepwise.patient;

import org.stepwise.shared.DomainException;

/** The NHS number is already on record: offer the existing person instead of creating a second one. */
public class DuplicatePatientException extends DomainException {

    private final Patient existing;

    public DuplicatePatientException(Patient existing) {
        super("A patient with this NHS number is already registered");
        this.existing = existing;
    }

    public Patient existing() {
        return existing;
    }
}
