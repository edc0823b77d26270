package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headline figures of a large demo, counted in memory as the rows are made. */
class DemoHistoryRatesTest {

    private static final Instant NOW = Instant.parse("2026-03-04T12:15:00Z");

    @ParameterizedTest
    @ValueSource(longs = {1, 2026, 123456})
    void recoveryAndMissedAppointmentsLandNearNationalFigures(long seed) {
        DemoPlan plan = new DemoPlan(3000, seed, 1, "");
        Dice dice = new Dice(plan.seedFor(1));
        Dice ids = new Dice(seed);
        DemoRows rows = new DemoRows();
        Roster roster = DemoOrganisation.create(plan, 1, "hash", NOW.minusSeconds(86_400L * 800), dice, ids, rows);
        PatientMaker maker = new PatientMaker(roster, rows, dice, ids, seed, NOW, ZoneId.of("Europe/London"),
                SupervisionHistory.plan(roster, rows, seed, NOW));
        for (int i = 0; i < plan.patientsPerService(); i++) {
            maker.next();
        }
        HistoryTally tally = maker.tally();
        assertThat(tally.finishedAtCaseness()).isGreaterThan(400);
        assertThat(tally.recoveryRate()).as("national recovery is about half").isBetween(0.45, 0.55);
        assertThat(tally.didNotAttendRate()).as("about one appointment in ten is missed").isBetween(0.08, 0.14);
    }
}
