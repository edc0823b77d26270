package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Chasing an unanswered onward referral: hours for emergencies and urgent ones, working days for routine ones. */
class RiskSettingsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static Instant london(String t) {
        return LocalDateTime.parse(t).atZone(LONDON).toInstant();
    }

    @Test
    void theDefaultsAreOneWorkingDayForAFlagAndFourHoursADayAndAWeekForAChase() {
        RiskSettings d = RiskSettings.DEFAULTS;
        Instant friday = london("2026-06-05T16:00");

        assertThat(d.flagRule(LONDON).dueBy(friday)).isEqualTo(london("2026-06-09T00:00"));
        assertThat(d.chaseDue(Urgency.EMERGENCY, friday, LONDON)).isEqualTo(london("2026-06-05T20:00"));
        assertThat(d.chaseDue(Urgency.URGENT, friday, LONDON)).isEqualTo(london("2026-06-06T16:00"));
        assertThat(d.chaseDue(Urgency.ROUTINE, friday, LONDON)).isEqualTo(london("2026-06-13T00:00"));
        assertThat(d.version()).isNegative();
    }

    @Test
    void aServiceSetsItsOwnIntervals() {
        RiskSettings s = new RiskSettings(0, 2, 12, 1, 3);
        Instant monday = london("2026-06-01T09:00");

        assertThat(s.flagRule(LONDON).dueBy(monday)).isEqualTo(london("2026-06-02T00:00"));
        assertThat(s.chaseDue(Urgency.EMERGENCY, monday, LONDON)).isEqualTo(london("2026-06-01T11:00"));
        assertThat(s.chaseDue(Urgency.URGENT, monday, LONDON)).isEqualTo(london("2026-06-01T21:00"));
        assertThat(s.chaseDue(Urgency.ROUTINE, monday, LONDON)).isEqualTo(london("2026-06-03T00:00"));
    }

    @Test
    void refusesIntervalsOutsideTheirRanges() {
        assertThatThrownBy(() -> new RiskSettings(6, 4, 24, 5, 0)).hasMessageContaining("Flag review");
        assertThatThrownBy(() -> new RiskSettings(1, 0, 24, 5, 0)).hasMessageContaining("Emergency");
        assertThatThrownBy(() -> new RiskSettings(1, 4, 73, 5, 0)).hasMessageContaining("Urgent");
        assertThatThrownBy(() -> new RiskSettings(1, 4, 24, 0, 0)).hasMessageContaining("Routine");
    }
}
