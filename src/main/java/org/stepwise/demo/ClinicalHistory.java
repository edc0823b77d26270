package org.stepwise.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.ContactFact;
import org.stepwise.measures.AnxietyMeasurePairing;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.referral.EndingCode;
import org.stepwise.referral.ProblemDescriptor;

/**
 * Writes the clinical side of a referral once its journey is known: appointments, a signed note for
 * every session attended, the questionnaires completed at each, the risk flags they raise and, for a
 * referral ended from its case, the outcome stored at the ending.
 */
final class ClinicalHistory {

    private static final AnxietyMeasurePairing PAIRING = AnxietyMeasurePairing.standard();

    private final DemoRows rows;
    private final Dice dice;
    private final Dice ids;
    private final UUID service;
    private final ZoneId clockZone;
    private final VisitPlanner planner;
    private final Questionnaires questionnaires;
    private final OutcomeRows outcomes;
    /** Courses that ended in treatment get their own deal, so even a small demo's recovery rate is near the mix. */
    private final ShareDeck finishedTrajectories = new ShareDeck(Trajectory.Kind.shares());
    private final ShareDeck otherTrajectories = new ShareDeck(Trajectory.Kind.shares());
    /** Step-2 practitioners with an open case that has a risk flag, so every one of them has something to review. */
    private final Set<UUID> flaggedCaseloads = new HashSet<>();
    final HistoryTally tally = new HistoryTally();

    ClinicalHistory(DemoRows rows, Dice dice, Dice ids, UUID service, UUID admin, Instant now, ZoneId clockZone) {
        this.rows = rows;
        this.dice = dice;
        this.ids = ids;
        this.service = service;
        this.clockZone = clockZone;
        this.planner = new VisitPlanner(dice, admin, now);
        this.questionnaires = new Questionnaires(rows, ids, service);
        this.outcomes = new OutcomeRows(rows, service, tally);
    }

    /**
     * @param descriptor     the provisional diagnosis as stored on the referral, or null
     * @param courseSessions treatment sessions the last course was planned to have, for an ended course
     */
    void write(UUID referral, CareRecord care, ProblemDescriptor theme, String descriptor, int courseSessions) {
        if (care.episodes().isEmpty()) {
            // Closed from a waiting list: ended from the case all the same, which stores an outcome with no scores.
            if (care.endedThroughDischarge()) {
                outcomes.write(referral, List.of(), Map.of(), descriptor, care.endedAt());
            }
            return;
        }
        Habits habits = Habits.of(theme, dice);
        List<Visit> visits = planner.lay(care, habits, courseSessions);
        boolean steppedUp = care.episodes().size() > 1 || (!care.ended() && !care.episodes().get(0).ongoing());
        int seen = (int) visits.stream().filter(Visit::seen).count();
        // Someone stepped up stays where they were until their first session at step 3.
        int flatUntil = steppedUp ? stepThreeFrom(visits, seen) : 0;
        Course course = new Course(care, theme, habits, steppedUp, flatUntil, seen);
        Trajectory trajectory = Trajectory.draw(kind(care, steppedUp), theme, dice).flatUntil(flatUntil);
        Practitioner holder = care.episodes().get(care.episodes().size() - 1).holder();
        boolean open = !care.ended() && care.episodes().get(care.episodes().size() - 1).ongoing();
        boolean forceRisk = open && seen > 0 && holder.step() == 2 && !trajectory.atRisk()
                && !flaggedCaseloads.contains(holder.id());
        InstrumentCode adsm = PAIRING.adsmFor(descriptor).orElse(null);
        double adsmUse = dice.fraction();
        // Most people with a disorder-specific measure complete it every time; some once or never, so that the
        // GAD-7 fallback shows up in outcomes as it does in services.
        SessionMeasures measures = new SessionMeasures(questionnaires, dice, referral, trajectory,
                expectedSessions(care, seen, flatUntil, courseSessions, holder.step()), adsmUse < 0.9 ? adsm : null,
                adsmUse >= 0.85, forceRisk);
        List<ContactFact> contacts = new ArrayList<>();
        UUID previous = null;
        int index = 0;
        int treatment = 0;
        BigDecimal lastPhq9 = null;
        boolean flagged = false;
        for (Visit v : visits) {
            UUID id = ids.uuid();
            appointment(referral, id, v, v.rebooking() ? previous : null);
            contacts.add(new ContactFact(LocalDate.ofInstant(v.startsAt(), clockZone), v.purpose(), v.attendance()));
            if (v.seen()) {
                treatment += v.purpose().treatment() ? 1 : 0;
                SessionMeasures.Taken taken = session(referral, id, v, index++, treatment, course, measures, lastPhq9);
                flagged |= taken.riskAnswer() > 0;
                lastPhq9 = taken.phq9().total();
            }
            previous = id;
        }
        if (flagged && open) {
            flaggedCaseloads.add(holder.id());
        }
        if (care.endedThroughDischarge()) {
            outcomes.write(referral, contacts, measures.totals(), descriptor, care.endedAt());
        }
    }

    /** The referral's sessions as a whole, which each session's questionnaires and note depend on. */
    private record Course(CareRecord care, ProblemDescriptor theme, Habits habits, boolean steppedUp, int flatUntil,
                          int seen) {
    }

    /** The questionnaires of an attended session and its signed note, which reports them. */
    private SessionMeasures.Taken session(UUID referral, UUID appointment, Visit v, int index, int treatment,
                                          Course c, SessionMeasures measures, BigDecimal lastPhq9) {
        boolean last = index == c.seen() - 1;
        SessionMeasures.Taken taken = measures.take(index, index == 0 || (last && c.care().ended()), appointment, v);
        NoteFacts facts = new NoteFacts(v.mechanism(), v.step(), v.purpose().treatment() ? treatment : 0,
                c.habits().therapy(v.step()), c.theme(), taken.phq9(), taken.gad7(), taken.anxietyMeasure(),
                taken.wsas(), lastPhq9, taken.riskAnswer(),
                ending(c.care(), last, c.steppedUp() && index == c.flatUntil() - 1));
        boolean treatmentOnly = v.purpose() == AppointmentPurpose.TREATMENT
                || v.purpose() == AppointmentPurpose.REVIEW_AND_TREATMENT;
        String body = treatmentOnly
                ? TreatmentNotes.write(facts, v.purpose(), dice)
                : AssessmentNotes.write(facts, v.purpose(), c.steppedUp() && index == c.flatUntil(), dice);
        rows.note.add(service, ids.uuid(), appointment, referral, v.recordedBy(), body, v.recordedAt());
        return taken;
    }

    /** The first attended session at step 3, or all of them when the person is still waiting for step 3. */
    private static int stepThreeFrom(List<Visit> visits, int seen) {
        int index = 0;
        for (Visit v : visits) {
            if (v.seen()) {
                if (v.step() == 3) {
                    return index;
                }
                index++;
            }
        }
        return seen;
    }

    private void appointment(UUID referral, UUID id, Visit v, UUID rebookedFrom) {
        rows.appointment.add(service, id, referral, v.practitioner().id(), v.startsAt(), v.plannedMinutes(),
                v.purpose().code(), v.mechanism().code(), v.attendance() == null ? null : v.attendance().code(),
                v.attendedMinutes(), v.intervention() == null ? null : v.intervention().snomed(),
                v.cancellationReason(), rebookedFrom, v.recordedAt(), v.recordedBy(), v.attendance() == null ? 0 : 1,
                v.bookedAt(), v.bookedBy(), v.recordedAt(), v.recordedBy());
        tally.appointment(v.attendance());
    }

    /** Most people follow the service-wide mix; those stepped up, or ended by their clinician, follow their own. */
    private Trajectory.Kind kind(CareRecord care, boolean steppedUp) {
        if (steppedUp) {
            double roll = dice.fraction();
            return roll < 0.55 ? Trajectory.Kind.IMPROVER : roll < 0.75 ? Trajectory.Kind.SLOW_RESPONDER
                    : Trajectory.Kind.NON_RESPONDER;
        }
        if (care.ended() && care.endingCode() == EndingCode.ENDED_BY_PROFESSIONAL) {
            return dice.chance(0.6) ? Trajectory.Kind.NON_RESPONDER : Trajectory.Kind.DETERIORATOR;
        }
        boolean treated = care.ended() && care.endingCode().category() == EndingCode.Category.TREATED;
        return Trajectory.Kind.values()[(treated ? finishedTrajectories : otherTrajectories).next()];
    }

    /**
     * Sessions the change is spread over: a course that ran to its end reaches the end of its trajectory at its last
     * session; one still running, or left early, is only part way along.
     */
    private static int expectedSessions(CareRecord care, int seen, int before, int courseSessions, int step) {
        EndingCode code = care.endingCode();
        if (code == EndingCode.COMPLETED || code == EndingCode.ENDED_BY_PROFESSIONAL) {
            return seen;
        }
        if (code != null && code.category() == EndingCode.Category.TREATED) {
            return before + 1 + courseSessions;
        }
        return before + 1 + (step == 2 ? 6 : 12);
    }

    private static NoteFacts.Ending ending(CareRecord care, boolean last, boolean lastBeforeStepUp) {
        if (lastBeforeStepUp) {
            return NoteFacts.Ending.STEPPED_UP;
        }
        if (last && care.endingCode() == EndingCode.COMPLETED) {
            return NoteFacts.Ending.COMPLETED;
        }
        if (last && care.ended() && care.endingCode().category() == EndingCode.Category.SEEN_NOT_TREATED) {
            return NoteFacts.Ending.NOT_CONTINUING;
        }
        return NoteFacts.Ending.NONE;
    }
}
