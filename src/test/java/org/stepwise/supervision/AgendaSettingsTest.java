package org.stepwise.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.measures.ReliableChange;
import org.stepwise.shared.ReferralId;
import org.stepwise.web.FormErrors;

/** A service's own agenda numbers and switches: their ranges, and what switching a rule off does. */
class AgendaSettingsTest {

    static final LocalDate TODAY = AgendaRulesTest.TODAY;

    static AgendaSettings with(int index, int value) {
        int[] n = {4, 3, 8, 20, 2, 6, 4, 7};
        n[index] = value;
        return new AgendaSettings(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], Set.of(), -1);
    }

    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of("reviewAtSession", 0, 1, 20), Arguments.of("noContactWeeks", 1, 1, 12),
                Arguments.of("stepTwoSessionLimit", 2, 1, 30), Arguments.of("stepThreeSessionLimit", 3, 1, 40),
                Arguments.of("sessionsBeforeLimit", 4, 0, 10), Arguments.of("waitingTooLongWeeks", 5, 1, 52),
                Arguments.of("coverageWeeks", 6, 1, 12), Arguments.of("newlyAssessedDays", 7, 1, 31));
    }

    @ParameterizedTest(name = "{0} from {2} to {3}")
    @MethodSource("ranges")
    void eachNumberIsAcceptedOnlyWithinItsRange(String name, int index, int min, int max) {
        assertThat(with(index, min)).isNotNull();
        assertThat(with(index, max)).isNotNull();
        assertThatThrownBy(() -> with(index, min - 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with(index, max + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ranges")
    void theFormAcceptsTheSameRangesAsTheSettings(String name, int index, int min, int max) {
        for (int bad : new int[] {min - 1, max + 1}) {
            AgendaSettingsForm form = AgendaSettingsForm.of(AgendaSettings.defaults());
            form.numbers().put(name, "" + bad);
            FormErrors errors = new FormErrors();
            assertThat(form.parse(errors)).isNull();
            assertThat(errors.all()).containsOnlyKeys(name);
            assertThat(errors.get(name)).endsWith("must be a whole number from " + min + " to " + max);
        }
        AgendaSettingsForm edge = AgendaSettingsForm.of(AgendaSettings.defaults());
        edge.numbers().put(name, "" + max);
        assertThat(edge.parse(new FormErrors())).isEqualTo(with(index, max));
    }

    @Test
    void theFormReadsBackWhatItWasGiven() {
        AgendaSettings custom = new AgendaSettings(5, 2, 6, 16, 1, 8, 2, 14,
                EnumSet.of(AgendaReason.LAST_DNA, AgendaReason.SESSION_LIMIT), 3);
        assertThat(AgendaSettingsForm.of(custom).parse(new FormErrors())).isEqualTo(custom);
    }

    @Test
    void openRiskAndCoverageCannotBeSwitchedOff() {
        for (AgendaReason always : AgendaSettings.ALWAYS_ON) {
            assertThatThrownBy(() -> new AgendaSettings(4, 3, 8, 20, 2, 6, 4, 7, Set.of(always), -1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be switched off");
        }
        assertThat(AgendaSettingsForm.switchable()).doesNotContainAnyElementsOf(AgendaSettings.ALWAYS_ON)
                .hasSize(AgendaReason.values().length - AgendaSettings.ALWAYS_ON.size());
    }

    @Test
    void aRuleSwitchedOffNoLongerRaisesTheCaseButCoverageStillDoes() {
        CaseFacts missed = AgendaRulesTest.with(AgendaRulesTest.quiet(), 0, null, null, 0, null, null, true, null, null);
        AgendaRules off = new AgendaRules(new AgendaSettings(4, 3, 8, 20, 2, 6, 4, 7,
                EnumSet.of(AgendaReason.LAST_DNA), 0));
        assertThat(AgendaRulesTest.RULES.reasons(missed, TODAY)).containsExactly(AgendaReason.LAST_DNA);
        assertThat(off.reasons(missed, TODAY)).isEmpty();
        CaseFacts missedLongAgo = AgendaRulesTest.with(AgendaRulesTest.quiet(), 0, null, null, 0, null, null, true, null,
                TODAY.minusWeeks(4));
        assertThat(off.reasons(missedLongAgo, TODAY)).containsExactly(AgendaReason.COVERAGE);
    }

    @Test
    void notOnTrackSwitchedOffLeavesTheCoverageReason() {
        AgendaRules off = new AgendaRules(new AgendaSettings(4, 3, 8, 20, 2, 6, 4, 7,
                EnumSet.of(AgendaReason.NOT_ON_TRACK), 0));
        CaseFacts due = AgendaRulesTest.with(AgendaRulesTest.quiet(), 0, null, null, 0, null, null, false, null,
                TODAY.minusWeeks(5));
        assertThat(off.reasons(due, TODAY, true)).containsExactly(AgendaReason.COVERAGE);
    }

    @Test
    void aServiceNumberMovesTheBoundary() {
        AgendaRules twoWeeks = new AgendaRules(new AgendaSettings(4, 3, 8, 20, 2, 6, 2, 7, Set.of(), 0));
        CaseFacts q = AgendaRulesTest.quiet();
        CaseFacts twoWeeksAgo = AgendaRulesTest.with(q, 0, null, null, 0, null, null, false, null, TODAY.minusWeeks(2));
        CaseFacts lessADay = AgendaRulesTest.with(q, 0, null, null, 0, null, null, false, null,
                TODAY.minusWeeks(2).plusDays(1));
        assertThat(twoWeeks.reasons(twoWeeksAgo, TODAY)).containsExactly(AgendaReason.COVERAGE);
        assertThat(twoWeeks.reasons(lessADay, TODAY)).isEmpty();
        assertThat(AgendaRulesTest.RULES.reasons(twoWeeksAgo, TODAY)).isEmpty();
    }

    /** With every rule that may be switched off switched off, each service's coverage interval still holds. */
    @Test
    void coverageHoldsForEveryIntervalWhateverIsSwitchedOff() {
        Random random = new Random(12);
        for (int weeks = 1; weeks <= 12; weeks++) {
            AgendaRules rules = new AgendaRules(new AgendaSettings(4, 3, 8, 20, 2, 6, weeks, 7,
                    EnumSet.copyOf(AgendaSettingsForm.switchable()), 0));
            for (int n = 0; n < 50; n++) {
                LocalDate received = TODAY.minusDays(random.nextInt(200));
                LocalDate lastDiscussed = null;
                LocalDate lastRaised = received;
                for (LocalDate day = received; !day.isAfter(TODAY.plusWeeks(30)); day = day.plusDays(7)) {
                    CaseFacts facts = new CaseFacts(ReferralId.random(), "X", 2, "IN_TREATMENT", received, day,
                            random.nextInt(12), day.minusDays(random.nextInt(40)), random.nextBoolean(), 0,
                            ReliableChange.DETERIORATED, ReliableChange.NO_RELIABLE_CHANGE, null, lastDiscussed);
                    if (!rules.reasons(facts, day, random.nextBoolean()).isEmpty()) {
                        lastDiscussed = day;
                        lastRaised = day;
                    }
                    assertThat(ChronoUnit.DAYS.between(lastRaised, day)).isLessThanOrEqualTo(7L * weeks);
                }
            }
        }
    }
}
