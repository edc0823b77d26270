package org.stepwise.discharge;

import org.springframework.stereotype.Component;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.referral.Referral;
import org.stepwise.shared.ServiceId;

/** Computes and stores a referral's outcome when it ends. */
@Component
class OutcomeRecorder {

    void record(ServiceId service, Referral ended, TreatmentCourse course) {
        // Filled in with the measures' outcome classification.
    }
}
