package org.stepwise.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.organisation.ServiceSettings;
import org.stepwise.organisation.TriageMode;
import org.stepwise.organisation.WaitingListPolicy;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;

class CaseloadCapTest {

    static final ServiceSettings SETTINGS = new ServiceSettings(ServiceId.random(), "Test", ZoneId.of("Europe/London"),
            Set.of(Role.ALLOCATOR), TriageMode.PAPER_SCREENING, 40, 60, 25, WaitingListPolicy.OLDEST_REFERRAL_FIRST,
            null, 2, 0);

    @ParameterizedTest(name = "{0} at {1} % → {2}")
    @CsvSource({"40, 60, 24", "40, 80, 32", "40, 100, 40", "40, 1, 1", "1, 1, 1", "35, 60, 21", "33, 60, 19"})
    void traineeCapIsTheShareRoundedDownButNeverZero(int qualified, int percent, int expected) {
        assertThat(CaseloadCap.traineeCap(qualified, percent)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 60", "40, 0", "40, 101", "-5, 60"})
    void refusesImpossibleCapSettings(int qualified, int percent) {
        assertThatThrownBy(() -> CaseloadCap.traineeCap(qualified, percent)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachKindOfPractitionerGetsTheirServicesCap() {
        assertThat(CaseloadCap.forPractitioner(SETTINGS, staff(Role.PWP, false), 2)).isEqualTo(40);
        assertThat(CaseloadCap.forPractitioner(SETTINGS, staff(Role.PWP, true), 2)).isEqualTo(24);
        assertThat(CaseloadCap.forPractitioner(SETTINGS, staff(Role.HIGH_INTENSITY_THERAPIST, false), 3)).isEqualTo(25);
    }

    @ParameterizedTest(name = "{0} open of {1}, override \"{2}\" → allowed {3}")
    @CsvSource(value = {
            "0, 40, , true",
            "39, 40, , true",
            "40, 40, , false",
            "41, 40, , false",
            "40, 40, '   ', false",
            "40, 40, Covering sickness absence until 5 Dec, true",
            "45, 40, Specialist perinatal case, true"}, nullValues = "")
    void aFullCaseloadTakesMoreOnlyWithAWrittenReason(int open, int cap, String reason, boolean allowed) {
        PractitionerCapacity capacity = new PractitionerCapacity(StaffId.random(), "Priya", false, open, cap);
        assertThat(capacity.allows(reason)).isEqualTo(allowed);
        assertThat(capacity.full()).isEqualTo(open >= cap);
        assertThat(capacity.remaining()).isEqualTo(Math.max(0, cap - open));
    }

    static Staff staff(Role role, boolean trainee) {
        return new Staff(SETTINGS.id(), StaffId.random(), "u", "Name", Set.of(role), trainee, StaffId.random(), null,
                true);
    }
}
