package org.stepwise.demo;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.stepwise.responsibility.DecisionKind;
import org.stepwise.responsibility.ResponsibilityKind;

/**
 * One referral's part of the responsibility ledger, as ResponsibilityLedger writes it: periods that
 * open and close as the case moves, and the decisions behind each move. A period is written once it
 * ends, or at the end with no end if it is still held.
 */
final class LedgerRows {

    private record OpenPeriod(UUID id, UUID staff, UUID practice, Instant startedAt, String reason, UUID recordedBy) {
    }

    private final DemoRows rows;
    private final Dice ids;
    private final UUID service;
    private final UUID referral;
    private final Map<ResponsibilityKind, OpenPeriod> open = new EnumMap<>(ResponsibilityKind.class);

    LedgerRows(DemoRows rows, Dice ids, UUID service, UUID referral) {
        this.rows = rows;
        this.ids = ids;
        this.service = service;
        this.referral = referral;
    }

    void start(ResponsibilityKind kind, UUID staff, UUID practice, String reason, UUID by, Instant at) {
        open.put(kind, new OpenPeriod(ids.uuid(), staff, practice, at, reason, by));
    }

    /** Clinical responsibility (and the treating role, when someone treats) passes to new holders from {@code at}. */
    void assignClinical(UUID clinical, UUID treating, String reason, UUID by, Instant at) {
        end(ResponsibilityKind.CLINICAL, at);
        end(ResponsibilityKind.TREATING, at);
        start(ResponsibilityKind.CLINICAL, clinical, null, reason, by, at);
        if (treating != null) {
            start(ResponsibilityKind.TREATING, treating, null, reason, by, at);
        }
    }

    void endAll(Instant at) {
        for (ResponsibilityKind kind : ResponsibilityKind.values()) {
            end(kind, at);
        }
    }

    void decide(DecisionKind kind, String summary, UUID by, Instant at) {
        rows.decision.add(service, ids.uuid(), referral, kind.name(), summary, by, at);
    }

    /** Writes the periods still held, with no end. */
    void writeOpen() {
        for (ResponsibilityKind kind : ResponsibilityKind.values()) {
            OpenPeriod p = open.remove(kind);
            if (p != null) {
                period(kind, p, null);
            }
        }
    }

    private void end(ResponsibilityKind kind, Instant at) {
        OpenPeriod p = open.remove(kind);
        if (p != null) {
            period(kind, p, at);
        }
    }

    private void period(ResponsibilityKind kind, OpenPeriod p, Instant endedAt) {
        rows.responsibility.add(service, p.id(), referral, kind.name(), p.staff(), p.practice(), p.startedAt(),
                endedAt, p.reason(), p.recordedBy());
    }
}
