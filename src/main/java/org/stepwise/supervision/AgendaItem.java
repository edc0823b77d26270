package org.stepwise.supervision;

import java.util.Set;

/** A case on a supervisee's agenda, with every reason it needs discussing. */
public record AgendaItem(CaseFacts facts, Set<AgendaReason> reasons) {

    /** The most urgent reason decides the order. */
    public AgendaReason first() {
        return reasons.iterator().next();
    }
}
