package org.stepwise.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Chooses practitioners the way an allocator would: the more room someone has under their cap,
 * the likelier they get the next case. Counts only the cases still open at the end, which is
 * what the caseload pages will show.
 */
final class CaseloadBalancer {

    /** A practitioner chosen for a case, with their open cases before it. */
    record Choice(Practitioner practitioner, int openBefore) {

        /** A case that was not going to stay with them, so their cap was never in question. */
        static Choice passing(Practitioner practitioner) {
            return new Choice(practitioner, 0);
        }

        boolean overCap() {
            return openBefore >= practitioner.cap();
        }
    }

    private final Map<UUID, Integer> open = new HashMap<>();

    /** Someone to take a case that stays open; over their cap only when everyone at the step is full. */
    Choice forOpenCase(List<Practitioner> atStep, Dice dice) {
        int[] weights = new int[atStep.size()];
        boolean anyRoom = false;
        for (int i = 0; i < weights.length; i++) {
            Practitioner p = atStep.get(i);
            int room = p.cap() - open(p);
            weights[i] = Math.max(0, room) * p.weight();
            anyRoom |= weights[i] > 0;
        }
        Practitioner chosen = anyRoom ? atStep.get(dice.weighted(weights)) : leastLoaded(atStep);
        int before = open(chosen);
        open.put(chosen.id(), before + 1);
        return new Choice(chosen, before);
    }

    /** Someone who had a case that has since ended, or who held one before it moved on. */
    Practitioner forPastCase(List<Practitioner> atStep, Dice dice) {
        int[] weights = atStep.stream().mapToInt(Practitioner::weight).toArray();
        return atStep.get(dice.weighted(weights));
    }

    /** A colleague at the same step to have held the case before it was re-allocated. */
    Practitioner previousHolder(List<Practitioner> atStep, Practitioner current, Dice dice) {
        if (atStep.size() < 2) {
            return null;
        }
        Practitioner other;
        do {
            other = forPastCase(atStep, dice);
        } while (other.id().equals(current.id()));
        return other;
    }

    private int open(Practitioner p) {
        return open.getOrDefault(p.id(), 0);
    }

    private Practitioner leastLoaded(List<Practitioner> atStep) {
        Practitioner best = atStep.get(0);
        for (Practitioner p : atStep) {
            if (open(p) - p.cap() < open(best) - best.cap()) {
                best = p;
            }
        }
        return best;
    }
}
