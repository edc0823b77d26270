package org.stepwise.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.supervision.AgendaReason;
import org.stepwise.supervision.SupervisionDecision;

/**
 * Case management supervision as a service keeps it: each supervised practitioner meets their supervisor every
 * fortnight, and each session discusses some of the cases the practitioner held that day, with the decision on
 * the responsibility ledger as SupervisionSessions records it. It draws from dice of its own, so adding it left
 * the rest of a seed's demo as it was.
 */
final class SupervisionHistory {

    static final int FORTNIGHTS = 13;
    /** A case held on a session's day is discussed in about this share of sessions: cases come round regularly. */
    static final double DISCUSSED = 0.45;

    private static final int[] DECISION_WEIGHTS = {80, 8, 5, 4, 3};
    private static final SupervisionDecision[] DECISIONS = {SupervisionDecision.CONTINUE,
        SupervisionDecision.CHANGE_INTERVENTION, SupervisionDecision.REVIEW_RISK, SupervisionDecision.STEP_UP,
        SupervisionDecision.DISCHARGE};
    private static final Map<SupervisionDecision, String[]> WORDS = Map.of(
            SupervisionDecision.CONTINUE, new String[] {
                "Engaging well and scores moving in the right direction; carry on with the current plan.",
                "Homework completed most weeks. Keep to the agreed number of sessions.",
                "Some progress; review again at the next session with the latest scores."},
            SupervisionDecision.CHANGE_INTERVENTION, new String[] {
                "Little movement with guided self-help; try behavioural activation instead.",
                "Worry is the main problem now rather than low mood; switch to worry management."},
            SupervisionDecision.REVIEW_RISK, new String[] {
                "Thoughts of self-harm mentioned at the last session; review the risk assessment this week."},
            SupervisionDecision.STEP_UP, new String[] {
                "No reliable improvement after six sessions; discuss stepping up to high-intensity therapy."},
            SupervisionDecision.DISCHARGE, new String[] {
                "Goals met and scores below caseness for three sessions; plan the ending and relapse prevention."});
    private static final String[] ACTIONS = {
        "Book a review in two weeks.", "Send the updated workbook.", "Share the safety plan with the GP.",
        "Bring the latest scores to the next supervision."};

    private record Session(UUID id, UUID supervisor, Instant signedAt) {
    }

    private final DemoRows rows;
    private final UUID service;
    private final Dice dice;
    private final Instant now;
    private final Map<UUID, List<Session>> sessions = new HashMap<>();

    private SupervisionHistory(DemoRows rows, UUID service, Dice dice, Instant now) {
        this.rows = rows;
        this.service = service;
        this.dice = dice;
        this.now = now;
    }

    /** Writes every supervised practitioner's sessions of the last half year; their cases are discussed later. */
    static SupervisionHistory plan(Roster roster, DemoRows rows, long seed, Instant now) {
        SupervisionHistory history = new SupervisionHistory(rows, roster.serviceId(), new Dice(seed ^ 0x5E55_1045L), now);
        LocalDate today = LocalDate.ofInstant(now, Timeline.SERVICE_ZONE);
        List<Practitioner> supervised = new ArrayList<>(roster.lowIntensity());
        supervised.addAll(roster.highIntensity());
        for (Practitioner p : supervised) {
            if (p.supervisorId() != null) {
                history.sessionsFor(p, today);
            }
        }
        return history;
    }

    private void sessionsFor(Practitioner p, LocalDate today) {
        // Each pair keeps its own weekday, so a supervisor's sessions spread over the fortnight.
        LocalDate last = weekday(today.minusDays(dice.between(1, 14)));
        List<Session> held = new ArrayList<>();
        for (int i = FORTNIGHTS - 1; i >= 0; i--) {
            LocalDate day = last.minusWeeks(2L * i);
            Instant signedAt = day.atTime(LocalTime.of(dice.between(9, 16), dice.between(0, 59)))
                    .atZone(Timeline.SERVICE_ZONE).toInstant();
            Session s = new Session(dice.uuid(), p.supervisorId(), signedAt);
            rows.supervisionSession.add(service, s.id(), s.supervisor(), p.id(), day, signedAt);
            held.add(s);
        }
        sessions.put(p.id(), held);
    }

    /** Discusses the case in some of the sessions its holder had while they held it. */
    void discuss(UUID referral, CareRecord care) {
        boolean first = true;
        for (CareRecord.Episode episode : care.episodes()) {
            Instant until = episode.endedAt == null ? now : episode.endedAt;
            for (Practitioner holder : episode.holders()) {
                for (Session s : sessions.getOrDefault(holder.id(), List.of())) {
                    boolean held = s.signedAt().isAfter(episode.allocatedAt) && s.signedAt().isBefore(until)
                            && episode.holderAt(s.signedAt()).equals(holder);
                    if (held && dice.chance(DISCUSSED)) {
                        write(referral, s, first ? AgendaReason.NEWLY_ASSESSED : AgendaReason.COVERAGE);
                        first = false;
                    }
                }
            }
        }
    }

    private void write(UUID referral, Session s, AgendaReason reason) {
        SupervisionDecision decision = DECISIONS[dice.weighted(DECISION_WEIGHTS)];
        String discussion = dice.pick(WORDS.get(decision));
        String actions = dice.chance(0.3) ? dice.pick(ACTIONS) : null;
        rows.supervisionDiscussion.add(service, dice.uuid(), s.id(), referral, "{" + reason.name() + "}", true,
                discussion, decision.name(), actions);
        rows.decision.add(service, dice.uuid(), referral, DecisionKind.SUPERVISION_DECISION.name(),
                decision.label() + ": " + discussion + (actions == null ? "" : " Actions: " + actions),
                s.supervisor(), s.signedAt());
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }
}
