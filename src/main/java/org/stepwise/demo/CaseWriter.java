package org.stepwise.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.stepwise.demo.JourneyPlan.Move;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.ProblemDescriptor;
import org.stepwise.referral.ReferralDetails;
import org.stepwise.referral.ReferralSource;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.responsibility.DecisionKind;

/**
 * Carries out a planned journey on one referral: who received it, who triaged it, which
 * practitioner took it on, and the codes and reasons each of them recorded; then its clinical
 * history to match.
 */
final class CaseWriter {

    private final Roster roster;
    private final CaseloadBalancer balancer = new CaseloadBalancer();
    private final DemoRows rows;
    private final Dice dice;
    private final Dice ids;
    private final ZoneId clockZone;
    private final ClinicalHistory history;
    private final ShareDeck dischargeCodes = DemoWording.dischargeDeck();
    private final SupervisionHistory supervision;

    CaseWriter(Roster roster, DemoRows rows, Dice dice, Dice ids, ZoneId clockZone, Instant now,
               SupervisionHistory supervision) {
        this.roster = roster;
        this.supervision = supervision;
        this.rows = rows;
        this.dice = dice;
        this.ids = ids;
        this.clockZone = clockZone;
        this.history = new ClinicalHistory(rows, dice, ids, roster.serviceId(), roster.admin(), now, clockZone);
    }

    HistoryTally tally() {
        return history.tally;
    }

    void write(JourneyPlan plan, Timeline.Laid laid, UUID patient, Roster.Practice gp, UUID receivedBy) {
        ProblemDescriptor theme = PresentingProblems.descriptor(dice);
        ReferralSource source = DemoWording.source(dice);
        ReferralDetails details = new ReferralDetails(laid.received(), source, referrer(source, gp),
                PresentingProblems.describe(dice, theme), null);
        Instant[] at = laid.moments();
        ReferralJourney journey = new ReferralJourney(rows, ids, clockZone, roster.serviceId(), patient, details,
                gp.id(), roster.lead(), receivedBy, at[0]);
        int step = plan.firstStep();
        boolean staysOpen = plan.outcome() == DemoOutcome.ALLOCATED || plan.outcome() == DemoOutcome.IN_TREATMENT;
        List<Practitioner> team = roster.atStep(plan.step());
        CaseloadBalancer.Choice last = staysOpen ? balancer.forOpenCase(team, dice)
                : CaseloadBalancer.Choice.passing(balancer.forPastCase(team, dice));
        Practitioner previous = plan.has(Move.REALLOCATE)
                ? balancer.previousHolder(team, last.practitioner(), dice) : null;
        CaseloadBalancer.Choice first = plan.steppedUp()
                ? CaseloadBalancer.Choice.passing(balancer.forPastCase(roster.atStep(2), dice))
                : previous == null ? last : CaseloadBalancer.Choice.passing(previous);
        Practitioner holder = first.practitioner();
        UUID triager = dice.pick(roster.allocators());
        CareRecord care = new CareRecord();
        for (int i = 1; i < plan.moves().size(); i++) {
            Instant t = at[i];
            switch (plan.moves().get(i)) {
                case DESCRIBE -> journey.recordDescriptor(theme.code(), triager, t);
                case TRIAGE_ALLOCATE -> {
                    Triage.allocate(journey, first, step, DemoWording.screening(step),
                            DemoWording.allocationReason(dice, step), triager, t);
                    care.allocate(step, holder, t);
                }
                case TRIAGE_WAIT -> Triage.placeOnWaitingList(journey, step, DemoWording.screening(step),
                        DemoWording.waitingReason(dice), triager, t);
                case TRIAGE_CLOSE -> {
                    // Screened on paper, so never seen: 50, not assessed, whatever the reason.
                    EndingCode code = EndingCode.NOT_ASSESSED;
                    String reason = DemoWording.triageCloseReason(dice);
                    Triage.close(journey, code, DemoWording.closingScreening(reason), reason, triager, t);
                    care.end(code, triager, t, false);
                }
                case ALLOCATE -> {
                    journey.allocate(holder, step, DemoWording.allocationReason(dice, step),
                            dice.pick(roster.allocators()), t);
                    care.allocate(step, holder, t);
                }
                case REALLOCATE -> {
                    if (previous != null) {
                        holder = last.practitioner();
                        journey.reallocate(holder, DemoWording.reallocationReason(dice),
                                dice.pick(roster.allocators()), t);
                        care.reallocate(holder, t);
                    }
                }
                case START -> {
                    journey.startTreatment(holder.id(), t);
                    care.start(t);
                }
                case STEP_UP -> {
                    UUID by = steppedBy(holder);
                    holder = last.practitioner();
                    journey.stepTo(holder, DemoWording.stepUpReason(dice), by, t);
                    if (last.overCap()) {
                        journey.decide(DecisionKind.CAPACITY_OVERRIDE, holder.fullName() + " took the case at "
                                + last.openBefore() + " open cases against a cap of " + holder.cap() + ": "
                                + Triage.OVERRIDE_REASON, by, t);
                    }
                    care.allocate(holder.step(), holder, t);
                }
                case STEP_UP_TO_WAITING_LIST -> {
                    journey.stepToWaitingList(3, DemoWording.stepUpReason(dice), steppedBy(holder), t);
                    care.leave(t);
                }
                case CLOSE -> {
                    boolean allocated = journey.status() == ReferralStatus.ALLOCATED;
                    // Nobody on the waiting list has had an appointment, so they were not assessed.
                    EndingCode code = allocated ? DemoWording.allocatedCloseCode(dice) : EndingCode.NOT_ASSESSED;
                    String reason = allocated ? DemoWording.endingReason(dice, code)
                            : DemoWording.unseenCloseReason(dice);
                    // Whoever holds the case closes it; an allocator closes it for someone still on the waiting list.
                    UUID by = allocated ? holder.id() : dice.pick(roster.allocators());
                    journey.close(code, reason, by, t);
                    care.end(code, by, t, true);
                }
                case DISCHARGE -> {
                    EndingCode code = DemoWording.dischargeCode(dischargeCodes);
                    journey.discharge(code, DemoWording.endingReason(dice, code), holder.id(), t);
                    care.end(code, holder.id(), t, true);
                }
                case RECEIVE -> throw new IllegalStateException("a referral is received only once");
            }
        }
        journey.write();
        history.write(journey.id(), care, theme, journey.descriptor(), plan.courseSessions());
        supervision.discuss(journey.id(), care);
    }

    /** The practitioner records the step up, or their supervisor after discussing the case with them. */
    private UUID steppedBy(Practitioner holder) {
        return holder.supervisorId() != null && dice.chance(0.4) ? holder.supervisorId() : holder.id();
    }

    private String referrer(ReferralSource source, Roster.Practice gp) {
        return switch (source) {
            case B1 -> null;
            case A1 -> gp.doctor() + ", " + gp.name();
            default -> PeopleNames.person(dice, dice.chance(0.6) ? "2" : "1").full() + ", " + source.label();
        };
    }
}
