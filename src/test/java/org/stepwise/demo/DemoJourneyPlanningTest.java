package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.demo.JourneyPlan.Move;

class DemoJourneyPlanningTest {

    private static final Instant NOW = Instant.parse("2026-03-04T07:15:00Z");

    @Test
    void aSmallDemoAlreadyShowsEveryOutcomeInRoughlyItsShare() {
        OutcomeDeck deck = new OutcomeDeck();
        Map<DemoOutcome, Integer> dealt = new EnumMap<>(DemoOutcome.class);
        for (int i = 0; i < 120; i++) {
            dealt.merge(deck.next(), 1, Integer::sum);
        }
        assertThat(dealt.keySet()).containsExactlyInAnyOrder(DemoOutcome.values());
        for (DemoOutcome outcome : DemoOutcome.values()) {
            assertThat(dealt.get(outcome)).as(outcome.name()).isCloseTo(outcome.percent() * 120 / 100, within(1));
        }
    }

    @Test
    void everyPlannedStepFallsInOfficeHoursInOrderAndBeforeNow() {
        Dice dice = new Dice(99);
        for (int i = 0; i < 5_000; i++) {
            DemoOutcome outcome = DemoOutcome.values()[i % DemoOutcome.values().length];
            JourneyPlan plan = JourneyPlanner.current(outcome, dice);
            Timeline.Laid laid = Timeline.lay(plan.gaps(), plan.daysAgo(), NOW, dice);
            Instant[] at = laid.moments();
            assertThat(at).hasSize(plan.moves().size());
            assertThat(LocalDate.ofInstant(at[0], Timeline.SERVICE_ZONE)).isAfterOrEqualTo(laid.received());
            assertThat(laid.received()).isAfterOrEqualTo(LocalDate.ofInstant(NOW, Timeline.SERVICE_ZONE).minusDays(400));
            for (int k = 1; k < at.length; k++) {
                assertThat(at[k]).isAfter(at[k - 1]);
            }
            assertThat(at[at.length - 1]).isBefore(NOW.minus(Duration.ofMinutes(29)));
            DayOfWeek day = at[0].atZone(Timeline.SERVICE_ZONE).getDayOfWeek();
            assertThat(day).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    @Test
    void eachOutcomeIsReachedByTheMovesTheApplicationWouldMake() {
        Dice dice = new Dice(7);
        for (int i = 0; i < 2_000; i++) {
            for (DemoOutcome outcome : DemoOutcome.values()) {
                JourneyPlan plan = JourneyPlanner.current(outcome, dice);
                assertThat(plan.moves().get(0)).isEqualTo(Move.RECEIVE);
                Move last = plan.moves().get(plan.moves().size() - 1);
                switch (outcome) {
                    case AWAITING_TRIAGE -> assertThat(plan.moves()).containsExactly(Move.RECEIVE);
                    case WAITING_STEP_2 -> assertThat(last).isEqualTo(Move.TRIAGE_WAIT);
                    case WAITING_STEP_3 -> assertThat(last).isIn(Move.TRIAGE_WAIT, Move.STEP_UP_TO_WAITING_LIST);
                    case ALLOCATED -> assertThat(plan.moves()).doesNotContain(Move.START)
                            .containsAnyOf(Move.TRIAGE_ALLOCATE, Move.ALLOCATE);
                    case IN_TREATMENT -> assertThat(last).isIn(Move.START, Move.REALLOCATE);
                    case DISCHARGED -> assertThat(last).isEqualTo(Move.DISCHARGE);
                    case CLOSED -> assertThat(last).isIn(Move.TRIAGE_CLOSE, Move.CLOSE);
                }
                assertThat(plan.step()).isIn(2, 3);
            }
        }
    }

    @Test
    void aSteppedUpPersonHadAStepTwoCourseOfAtLeastFourWeeksFirst() {
        Dice dice = new Dice(11);
        int steppedUp = 0;
        for (int i = 0; i < 3_000; i++) {
            DemoOutcome outcome = DemoOutcome.values()[i % DemoOutcome.values().length];
            JourneyPlan plan = JourneyPlanner.current(outcome, dice);
            int stepUp = Math.max(plan.moves().indexOf(Move.STEP_UP), plan.moves().indexOf(Move.STEP_UP_TO_WAITING_LIST));
            if (stepUp < 0) {
                assertThat(plan.firstStep()).isEqualTo(plan.step());
                continue;
            }
            steppedUp++;
            assertThat(plan.step()).isEqualTo(3);
            assertThat(plan.firstStep()).isEqualTo(2);
            assertThat(plan.moves().get(stepUp - 1)).isEqualTo(Move.START);
            assertThat(plan.gaps()[stepUp]).isGreaterThanOrEqualTo(30);
            assertThat(plan.moves()).doesNotContain(Move.REALLOCATE);
        }
        assertThat(steppedUp).isBetween(40, 200);
    }

    @Test
    void aDischargedCourseIsMostlyThreeToEightSessionsAtStepTwoAndSixToSixteenAtStepThree() {
        Dice dice = new Dice(5);
        int[] typical = new int[4];
        for (int i = 0; i < 4_000; i++) {
            JourneyPlan plan = JourneyPlanner.current(DemoOutcome.DISCHARGED, dice);
            int sessions = plan.courseSessions();
            assertThat(sessions).isBetween(1, 20);
            boolean usual = plan.step() == 2 ? sessions >= 3 && sessions <= 8 : sessions >= 6 && sessions <= 16;
            typical[(plan.step() - 2) * 2 + (usual ? 1 : 0)]++;
            int start = plan.moves().lastIndexOf(Move.START);
            int course = 0;
            for (int k = start + 1; k < plan.moves().size(); k++) {
                course += plan.gaps()[k];
            }
            assertThat(course).as("room for roughly weekly sessions").isGreaterThanOrEqualTo((sessions - 1) * 7 + 1);
        }
        assertThat(typical[1]).isGreaterThan(3 * typical[0]);
        assertThat(typical[3]).isGreaterThan(3 * typical[2]);
    }

    @Test
    void anEarlierReferralEndsWellBeforeTheNextOneArrives() {
        Dice dice = new Dice(3);
        LocalDate today = LocalDate.ofInstant(NOW, Timeline.SERVICE_ZONE);
        for (int i = 0; i < 2_000; i++) {
            int nextArrivedDaysAgo = dice.between(0, 365);
            JourneyPlan plan = JourneyPlanner.earlier(nextArrivedDaysAgo, dice);
            assertThat(plan.outcome()).isIn(EnumSet.of(DemoOutcome.DISCHARGED, DemoOutcome.CLOSED));
            Instant[] at = Timeline.lay(plan.gaps(), plan.daysAgo(), NOW, dice).moments();
            LocalDate ended = LocalDate.ofInstant(at[at.length - 1], Timeline.SERVICE_ZONE);
            assertThat(ended).isBefore(today.minusDays(nextArrivedDaysAgo + 7L));
        }
    }
}
