package org.stepwise.demo;

import java.time.Instant;
import java.util.UUID;
import org.stepwise.referral.EndingCode;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.triage.TriageOutcome;

/**
 * A triage decision carried out on a referral, written as TriageService writes it: the move
 * itself, a capacity override when the practitioner was already full, and the decision row.
 */
final class Triage {

    static final String OVERRIDE_REASON =
            "Everyone at this step is at their cap and the wait is long; agreed with the service lead";

    private Triage() {
    }

    static void allocate(ReferralJourney journey, CaseloadBalancer.Choice choice, int step, String screening,
                         String reason, UUID by, Instant at) {
        Practitioner p = choice.practitioner();
        journey.allocate(p, step, reason, by, at);
        String override = null;
        if (choice.overCap()) {
            override = OVERRIDE_REASON;
            journey.decide(DecisionKind.CAPACITY_OVERRIDE, p.fullName() + " allocated at " + choice.openBefore()
                    + " open cases against a cap of " + p.cap() + ": " + override, by, at);
        }
        record(journey, screening, TriageOutcome.ALLOCATE, step, p.id(), null, reason, override, by, at);
    }

    static void placeOnWaitingList(ReferralJourney journey, int step, String screening, String reason, UUID by,
                                   Instant at) {
        journey.placeOnWaitingList(step, reason, by, at);
        record(journey, screening, TriageOutcome.WAITING_LIST, step, null, null, reason, null, by, at);
    }

    static void close(ReferralJourney journey, EndingCode code, String screening, String reason, UUID by,
                      Instant at) {
        journey.close(code, reason, by, at);
        record(journey, screening, TriageOutcome.CLOSE, null, null, code.code(), reason, null, by, at);
    }

    private static void record(ReferralJourney journey, String screening, TriageOutcome outcome, Integer step,
                               UUID practitioner, String endCode, String reason, String override, UUID by,
                               Instant at) {
        journey.rows.triage.add(journey.service, journey.ids.uuid(), journey.id(), screening, outcome.name(), step,
                practitioner, endCode, reason, override, by, at);
    }
}
