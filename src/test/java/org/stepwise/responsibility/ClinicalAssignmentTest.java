package org.stepwise.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;

class ClinicalAssignmentTest {

    static final StaffId SUPERVISOR = StaffId.random();

    @Test
    void aQualifiedPractitionerHoldsClinicalResponsibilityForTheirOwnCases() {
        Staff pwp = pwp(false, SUPERVISOR);
        ClinicalAssignment assignment = ClinicalAssignment.forPractitioner(pwp);
        assertThat(assignment.clinical()).isEqualTo(pwp.id());
        assertThat(assignment.treating()).isEqualTo(pwp.id());
        assertThat(assignment.delegated()).isFalse();
    }

    @Test
    void aTraineesSupervisorHoldsClinicalResponsibilityAndTheTraineeTreats() {
        Staff trainee = pwp(true, SUPERVISOR);
        ClinicalAssignment assignment = ClinicalAssignment.forPractitioner(trainee);
        assertThat(assignment.clinical()).isEqualTo(SUPERVISOR);
        assertThat(assignment.treating()).isEqualTo(trainee.id());
        assertThat(assignment.delegated()).isTrue();
    }

    @Test
    void refusesATraineeCaseWhenNobodySupervisesTheTrainee() {
        assertThatThrownBy(() -> ClinicalAssignment.forPractitioner(pwp(true, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("no supervisor recorded");
    }

    static Staff pwp(boolean trainee, StaffId supervisor) {
        return new Staff(ServiceId.random(), StaffId.random(), "t", "Tess Trainee", Set.of(Role.PWP), trainee,
                supervisor, null, true);
    }
}
