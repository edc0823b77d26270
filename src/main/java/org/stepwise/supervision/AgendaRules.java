package org.stepwise.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.stepwise.measures.ReliableChange;

/** Decides why a case needs discussing at supervision; pure, so each rule can be tested with a fixed date. */
public final class AgendaRules {

    private final AgendaSettings settings;

    public AgendaRules(AgendaSettings settings) {
        this.settings = settings;
    }

    public Set<AgendaReason> reasons(CaseFacts c, LocalDate today) {
        Set<AgendaReason> reasons = EnumSet.noneOf(AgendaReason.class);
        if (c.openRiskItems() > 0) {
            reasons.add(AgendaReason.RISK);
        }
        addRules(reasons, c, today);
        reasons.removeIf(r -> !settings.uses(r));
        if (reasons.isEmpty() && dueForCoverage(c, today)) {
            reasons.add(AgendaReason.COVERAGE);
        }
        return reasons;
    }

    private void addRules(Set<AgendaReason> reasons, CaseFacts c, LocalDate today) {
        if (c.depression() == ReliableChange.DETERIORATED || c.anxiety() == ReliableChange.DETERIORATED) {
            reasons.add(AgendaReason.DETERIORATION);
        }
        if (c.treatmentSessions() >= settings.reviewAtSession()
                && c.depression() != ReliableChange.IMPROVED && c.anxiety() != ReliableChange.IMPROVED) {
            reasons.add(AgendaReason.NOT_IMPROVING);
        }
        boolean waiting = "WAITING".equals(c.status());
        LocalDate contactFrom = c.lastAttended() != null ? c.lastAttended() : c.receivedDate();
        if (!waiting && ChronoUnit.DAYS.between(contactFrom, today) >= 7L * settings.noContactWeeks()) {
            reasons.add(AgendaReason.NO_CONTACT);
        }
        if (c.lastOutcomeDna()) {
            reasons.add(AgendaReason.LAST_DNA);
        }
        LocalDate newSince = c.lastDiscussed() != null ? c.lastDiscussed()
                : today.minusDays(settings.newlyAssessedDays());
        if (c.firstAssessment() != null && c.firstAssessment().isAfter(newSince)) {
            reasons.add(AgendaReason.NEWLY_ASSESSED);
        }
        if (!waiting && c.treatmentSessions() >= settings.sessionLimit(c.step()) - settings.sessionsBeforeLimit()) {
            reasons.add(AgendaReason.SESSION_LIMIT);
        }
        if (waiting && c.waitingSince() != null
                && ChronoUnit.DAYS.between(c.waitingSince(), today) >= 7L * settings.waitingTooLongWeeks()) {
            reasons.add(AgendaReason.WAITING_TOO_LONG);
        }
    }

    /** The rules, plus the not-on-track alert, which replaces a bare coverage reason. */
    public Set<AgendaReason> reasons(CaseFacts c, LocalDate today, boolean notOnTrack) {
        Set<AgendaReason> reasons = reasons(c, today);
        if (notOnTrack && settings.uses(AgendaReason.NOT_ON_TRACK)) {
            reasons.remove(AgendaReason.COVERAGE);
            reasons.add(AgendaReason.NOT_ON_TRACK);
        }
        return reasons;
    }

    /**
     * Every open case comes up at least every {@code coverageWeeks}: a case never discussed is due from
     * {@code coverageWeeks} after referral, so nobody waits longer than the interval unseen by supervision.
     */
    boolean dueForCoverage(CaseFacts c, LocalDate today) {
        LocalDate since = c.lastDiscussed() != null ? c.lastDiscussed() : c.receivedDate();
        return ChronoUnit.DAYS.between(since, today) >= 7L * settings.coverageWeeks();
    }
}
