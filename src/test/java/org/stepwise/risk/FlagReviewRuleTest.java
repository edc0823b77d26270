package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.stepwise.shared.DomainException;

/** When a flag's review falls due, and what an unreviewed flag becomes as time passes. */
class FlagReviewRuleTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static Clock at(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant(), LONDON);
    }

    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @ParameterizedTest(name = "raised {0}, {1} working days: due by {2}")
    @CsvSource({
            // Monday morning: by the end of Tuesday.
            "2026-06-01T10:00, 1, 2026-06-03T00:00",
            // Friday afternoon: by the end of Monday, not over the weekend.
            "2026-06-05T16:00, 1, 2026-06-09T00:00",
            // Saturday and Sunday count from Monday's end.
            "2026-06-06T09:00, 1, 2026-06-09T00:00",
            "2026-06-07T23:59, 1, 2026-06-09T00:00",
            // Same working day.
            "2026-06-01T10:00, 0, 2026-06-02T00:00",
            "2026-06-06T10:00, 0, 2026-06-09T00:00",
            // A minute before midnight still belongs to that day.
            "2026-06-01T23:59, 1, 2026-06-03T00:00",
            // Three working days from Thursday: Friday, Monday, Tuesday.
            "2026-06-04T12:00, 3, 2026-06-10T00:00",
            // Across the clocks going forward (29 March 2026): midnight in British Summer Time.
            "2026-03-27T15:00, 1, 2026-03-31T00:00"
    })
    void aReviewFallsDueAtTheEndOfTheWorkingDay(String raised, int workingDays, String due) {
        FlagReviewRule rule = new FlagReviewRule(workingDays, LONDON);

        assertThat(rule.dueBy(london(raised))).isEqualTo(london(due));
    }

    @Test
    void anUnreviewedFlagIsOverdueFromTheMomentItFallsDueAndAReviewedOneNeverIs() {
        Clock raisedAt = at("2026-06-05T16:00");
        Instant due = new FlagReviewRule(1, LONDON).dueBy(raisedAt.instant());

        assertThat(FlagReviewRule.state(due, false, raisedAt.instant())).isEqualTo(FlagState.AWAITING_REVIEW);
        assertThat(FlagReviewRule.state(due, false, due.minusNanos(1))).isEqualTo(FlagState.AWAITING_REVIEW);
        assertThat(FlagReviewRule.state(due, false, due)).isEqualTo(FlagState.REVIEW_OVERDUE);
        assertThat(FlagReviewRule.state(due, false, due.plus(Duration.ofDays(30)))).isEqualTo(FlagState.REVIEW_OVERDUE);
        assertThat(FlagReviewRule.state(due, true, due.plus(Duration.ofDays(30)))).isEqualTo(FlagState.REVIEWED);
        assertThat(FlagState.REVIEW_OVERDUE.open()).isTrue();
        assertThat(FlagState.REVIEWED.open()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void questionNineAboveZeroRaisesAFlagWhoseReviewIsDueByTheServicesInterval(int answer) {
        Clock clock = at("2026-06-01T10:00");
        NewFlag flag = NewFlag.fromItemNine(answer, clock.instant(), new FlagReviewRule(1, LONDON));

        assertThat(flag.source()).isEqualTo(FlagSource.PHQ9_ITEM9);
        assertThat(flag.detail()).contains("answered " + answer + " of 3").contains("risk assessment is needed");
        assertThat(flag.raisedAt()).isEqualTo(clock.instant());
        assertThat(flag.reviewDueBy()).isEqualTo(london("2026-06-03T00:00"));
    }

    @Test
    void questionNineAnsweredZeroRaisesNothing() {
        assertThatThrownBy(() -> NewFlag.fromItemNine(0, at("2026-06-01T10:00").instant(),
                new FlagReviewRule(1, LONDON))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClinicianRaisesAFlagOnlyWithTheConcernInWords() {
        Clock clock = at("2026-06-05T16:00");
        FlagReviewRule rule = new FlagReviewRule(1, LONDON);

        NewFlag flag = NewFlag.byClinician("  Said on the phone she had been stockpiling tablets. ", clock.instant(), rule);

        assertThat(flag.source()).isEqualTo(FlagSource.CLINICIAN);
        assertThat(flag.detail()).isEqualTo("Said on the phone she had been stockpiling tablets.");
        assertThat(flag.reviewDueBy()).isEqualTo(london("2026-06-09T00:00"));
        assertThatThrownBy(() -> NewFlag.byClinician(" ", clock.instant(), rule))
                .isInstanceOf(DomainException.class).hasMessageContaining("Describe the concern");
        assertThatThrownBy(() -> NewFlag.byClinician("x".repeat(NewFlag.MAX_DETAIL + 1), clock.instant(), rule))
                .isInstanceOf(DomainException.class).hasMessageContaining("characters or fewer");
    }

    @Test
    void workingDaysAreNeverNegative() {
        assertThatThrownBy(() -> new FlagReviewRule(-1, LONDON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.after(java.time.LocalDate.of(2026, 6, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
