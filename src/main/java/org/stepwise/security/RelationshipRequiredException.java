package org.stepwise.security;

import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.PatientId;

/**
 * The signed-in person has no legitimate relationship with this patient's case. The page that says so
 * offers emergency ("break-glass") access with a reason.
 */
public class RelationshipRequiredException extends AccessDeniedException {

    private final PatientId patient;

    public RelationshipRequiredException(PatientId patient) {
        super("You have no care relationship with this person, so their record is closed to you. "
                + "If you need it now, for their safety or someone else's, you can open it in an emergency: "
                + "you must give a reason, your access is time-limited, and the service lead reviews it.");
        this.patient = patient;
    }

    public PatientId patient() {
        return patient;
    }
}
