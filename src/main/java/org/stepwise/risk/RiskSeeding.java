package org.stepwise.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * Open risk work written as of a moment in the past, for the demo generator and data loads: the same rows, rules,
 * tasks and ledger entries as the pages make, but at the given time. Runs inside the caller's transaction.
 */
@Service
public class RiskSeeding {

    private final ConcernStore concerns;
    private final OnwardStore onward;
    private final Tasks tasks;
    private final ResponsibilityLedger ledger;
    private final RiskClock time;

    RiskSeeding(ConcernStore concerns, OnwardStore onward, Tasks tasks, ResponsibilityLedger ledger, RiskClock time) {
        this.concerns = concerns;
        this.onward = onward;
        this.tasks = tasks;
        this.ledger = ledger;
        this.time = time;
    }

    /** An open safeguarding concern owned by {@code owner}, raised by them at {@code at}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID openConcern(ServiceId service, ReferralId referral, boolean aboutAChild, String personAtRisk,
                            String concern, StaffId owner, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, time.zone(service));
        UUID id = concerns.insert(service, referral, new NewConcern(aboutAChild ? ConcernFor.CHILD : ConcernFor.ADULT,
                personAtRisk, concern, day, owner), owner, at);
        concerns.addAction(service, id, ActionKind.RAISED, day, "Concern raised", null, null, null, owner, at);
        ledger.record(service, referral, DecisionKind.SAFEGUARDING_CONCERN, "Safeguarding concern raised", owner, at);
        return id;
    }

    /** An onward referral sent at {@code at} and not yet answered, with the chase task sending it sets. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID awaitingOnwardReferral(ServiceId service, ReferralId referral, boolean toCrisisTeam,
                                       String organisation, boolean urgent, String reason, StaffId by, Instant at) {
        ZoneId zone = time.zone(service);
        Urgency urgency = urgent ? Urgency.URGENT : Urgency.ROUTINE;
        NewOnwardReferral sent = new NewOnwardReferral(toCrisisTeam ? Destination.CRISIS_TEAM
                : Destination.COMMUNITY_MENTAL_HEALTH_TEAM, organisation, urgency, at, reason);
        Instant chaseDue = time.settings(service).chaseDue(urgency, at, zone);
        UUID id = onward.insert(service, referral, sent, chaseDue, by, at);
        onward.addEvent(service, id, OnwardStatus.SENT, LocalDate.ofInstant(at, zone), null, by, at);
        tasks.byRule(service, referral, OnwardRules.chase(organisation, urgency, OnwardStatus.SENT, by,
                LocalDate.ofInstant(chaseDue, zone)), TaskOrigin.CHASE_ONWARD_REFERRAL, id, by, at);
        ledger.record(service, referral, DecisionKind.ONWARD_REFERRAL, "Referred on to " + organisation + ", "
                + urgency.label().toLowerCase(java.util.Locale.UK), by, at);
        return id;
    }

    /** When a flag raised at {@code raisedAt} must be reviewed under the default rule: bulk loaders store this. */
    public static Instant defaultReviewDue(Instant raisedAt, ZoneId zone) {
        return WorkingDays.endOf(raisedAt, RiskSettings.DEFAULTS.flagReviewWorkingDays(), zone);
    }
}
