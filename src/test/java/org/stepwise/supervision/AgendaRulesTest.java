package org.stepwise.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.measures.ReliableChange;
import org.stepwise.shared.ReferralId;

/** One case per rule, at and either side of each boundary, with a fixed "today". */
class AgendaRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final AgendaRules RULES = new AgendaRules(AgendaSettings.defaults());

    /** A quiet case: in treatment, seen 3 days ago, improving, discussed 1 week ago. */
    static CaseFacts quiet() {
        return new CaseFacts(ReferralId.random(), "QUIET, Case", 2, "IN_TREATMENT", TODAY.minusWeeks(8),
                TODAY.minusWeeks(6), 3, TODAY.minusDays(3), false, 0, ReliableChange.IMPROVED, ReliableChange.IMPROVED,
                null, TODAY.minusWeeks(1));
    }

    static Stream<Arguments> oneRuleEach() {
        CaseFacts q = quiet();
        return Stream.of(
                Arguments.of("quiet case", q, Set.of()),
                Arguments.of("an open risk flag", with(q, 0, null, null, 1, null, null, false, null, null), Set.of(AgendaReason.RISK)),
                Arguments.of("PHQ-9 deteriorated", with(q, 0, null, null, 0, ReliableChange.DETERIORATED, ReliableChange.IMPROVED, false, null, null),
                        Set.of(AgendaReason.DETERIORATION)),
                Arguments.of("session 4, no reliable improvement", with(q, 4, null, null, 0, ReliableChange.NO_RELIABLE_CHANGE,
                        ReliableChange.NO_RELIABLE_CHANGE, false, null, null), Set.of(AgendaReason.NOT_IMPROVING)),
                Arguments.of("session 3, no reliable improvement yet", with(q, 3, null, null, 0, ReliableChange.NO_RELIABLE_CHANGE,
                        ReliableChange.NO_RELIABLE_CHANGE, false, null, null), Set.of()),
                Arguments.of("session 4, improved on GAD-7 only", with(q, 4, null, null, 0, ReliableChange.NO_RELIABLE_CHANGE,
                        ReliableChange.IMPROVED, false, null, null), Set.of()),
                Arguments.of("no contact for exactly 3 weeks", with(q, 0, TODAY.minusWeeks(3), null, 0, null, null, false, null, null),
                        Set.of(AgendaReason.NO_CONTACT)),
                Arguments.of("no contact for 3 weeks less a day", with(q, 0, TODAY.minusWeeks(3).plusDays(1), null, 0, null, null, false,
                        null, null), Set.of()),
                Arguments.of("the last appointment was a DNA", with(q, 0, null, null, 0, null, null, true, null, null),
                        Set.of(AgendaReason.LAST_DNA)),
                Arguments.of("assessed since the last supervision", with(q, 0, null, TODAY.minusDays(2), 0, null, null, false, null, null),
                        Set.of(AgendaReason.NEWLY_ASSESSED)),
                Arguments.of("assessed on the day of the last supervision", with(q, 0, null, TODAY.minusWeeks(1), 0, null, null, false,
                        null, null), Set.of()),
                Arguments.of("session 6 of 8 at step 2", with(q, 6, null, null, 0, null, null, false, null, null),
                        Set.of(AgendaReason.SESSION_LIMIT)),
                Arguments.of("session 5 of 8 at step 2", with(q, 5, null, null, 0, null, null, false, null, null), Set.of()),
                Arguments.of("never discussed, referred exactly 4 weeks ago", new CaseFacts(ReferralId.random(), "NEW, Case", 2,
                        "ALLOCATED", TODAY.minusWeeks(4), null, 0, TODAY.minusDays(1), false, 0, null, null, null, null),
                        Set.of(AgendaReason.COVERAGE)),
                Arguments.of("last discussed 4 weeks less a day ago", with(q, 0, null, null, 0, null, null, false, null,
                        TODAY.minusWeeks(4).plusDays(1)), Set.of()),
                Arguments.of("last discussed exactly 4 weeks ago", with(q, 0, null, null, 0, null, null, false, null,
                        TODAY.minusWeeks(4)), Set.of(AgendaReason.COVERAGE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneRuleEach")
    void eachRuleFiresAtItsBoundaryAndNotBefore(String name, CaseFacts facts, Set<AgendaReason> expected) {
        assertThat(RULES.reasons(facts, TODAY)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void rulesCombineAndCoverageIsOnlyTheLastResort() {
        CaseFacts many = with(quiet(), 6, TODAY.minusWeeks(5), null, 2, ReliableChange.DETERIORATED,
                ReliableChange.NO_RELIABLE_CHANGE, true, null, TODAY.minusWeeks(9));
        assertThat(RULES.reasons(many, TODAY)).containsExactlyInAnyOrder(AgendaReason.RISK, AgendaReason.DETERIORATION,
                AgendaReason.NOT_IMPROVING, AgendaReason.NO_CONTACT, AgendaReason.LAST_DNA, AgendaReason.SESSION_LIMIT,
                AgendaReason.NEWLY_ASSESSED);
    }

    @Test
    void peopleWaitingTooLongForTheNextStepComeUpButNotForNoContact() {
        CaseFacts waiting = new CaseFacts(ReferralId.random(), "WAITING, Case", 3, "WAITING", TODAY.minusWeeks(12),
                TODAY.minusWeeks(11), 0, TODAY.minusWeeks(10), false, 0, null, null, TODAY.minusWeeks(6), TODAY.minusDays(7));
        assertThat(RULES.reasons(waiting, TODAY)).containsExactly(AgendaReason.WAITING_TOO_LONG);
        CaseFacts notYet = new CaseFacts(ReferralId.random(), "WAITING, Case", 3, "WAITING", TODAY.minusWeeks(12),
                TODAY.minusWeeks(11), 0, TODAY.minusWeeks(10), false, 0, null, null, TODAY.minusWeeks(6).plusDays(1),
                TODAY.minusDays(7));
        assertThat(RULES.reasons(notYet, TODAY)).isEmpty();
    }

    /** Whatever else happens, an open case appears within the coverage interval: walk 30 weeks of weekly supervision. */
    @Test
    void noOpenCaseGoesLongerThanTheCoverageIntervalWithoutComingUp() {
        java.util.Random random = new java.util.Random(6);
        for (int n = 0; n < 500; n++) {
            LocalDate received = TODAY.minusWeeks(random.nextInt(30));
            LocalDate lastDiscussed = null;
            LocalDate lastRaised = received;
            for (LocalDate day = received; !day.isAfter(TODAY.plusWeeks(30)); day = day.plusWeeks(1)) {
                CaseFacts facts = new CaseFacts(ReferralId.random(), "X", 2, "IN_TREATMENT", received, null,
                        random.nextInt(3), day.minusDays(random.nextInt(10)), false, 0, ReliableChange.IMPROVED,
                        ReliableChange.IMPROVED, null, lastDiscussed);
                if (!RULES.reasons(facts, day).isEmpty()) {
                    lastDiscussed = day;
                    lastRaised = day;
                }
                assertThat(java.time.temporal.ChronoUnit.DAYS.between(lastRaised, day)).isLessThanOrEqualTo(28);
            }
        }
    }

    static CaseFacts with(CaseFacts q, int sessions, LocalDate lastAttended, LocalDate assessed, int flags,
                          ReliableChange phq9, ReliableChange gad7, boolean dna, LocalDate waitingSince,
                          LocalDate lastDiscussed) {
        return new CaseFacts(q.referral(), q.patientName(), q.step(), waitingSince != null ? "WAITING" : q.status(),
                q.receivedDate(), assessed != null ? assessed : q.firstAssessment(),
                sessions != 0 ? sessions : q.treatmentSessions(), lastAttended != null ? lastAttended : q.lastAttended(),
                dna, flags, phq9 != null ? phq9 : q.depression(), gad7 != null ? gad7 : q.anxiety(), waitingSince,
                lastDiscussed != null ? lastDiscussed : q.lastDiscussed());
    }

    @Test
    void notOnTrackJoinsTheAgendaAndReplacesABareCoverageReason() {
        AgendaRules rules = new AgendaRules(AgendaSettings.defaults());
        LocalDate today = LocalDate.of(2026, 11, 26);
        CaseFacts due = new CaseFacts(ReferralId.random(), "X", 2, "IN_TREATMENT", today.minusWeeks(10), null, 2,
                today.minusDays(2), false, 0, ReliableChange.NO_RELIABLE_CHANGE, null, null, today.minusWeeks(5));
        assertThat(rules.reasons(due, today, false)).containsExactly(AgendaReason.COVERAGE);
        assertThat(rules.reasons(due, today, true)).containsExactly(AgendaReason.NOT_ON_TRACK);
    }
}
