package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The safeguarding lifecycle: open, referred to the safeguarding team, closed; a closed concern takes nothing more. */
class ConcernStatusTest {

    @Test
    void referringToTheSafeguardingTeamMovesTheConcernOnAndOtherActionsKeepItWhereItIs() {
        assertThat(ConcernStatus.OPEN.recordAction(ActionKind.DISCUSSED)).isEqualTo(ConcernStatus.OPEN);
        assertThat(ConcernStatus.OPEN.recordAction(ActionKind.SAFEGUARDING_REFERRAL)).isEqualTo(ConcernStatus.REFERRED);
        assertThat(ConcernStatus.REFERRED.recordAction(ActionKind.INFORMED_AGENCY)).isEqualTo(ConcernStatus.REFERRED);
        assertThat(ConcernStatus.REFERRED.recordAction(ActionKind.SAFEGUARDING_REFERRAL)).isEqualTo(ConcernStatus.REFERRED);
        assertThat(ConcernStatus.OPEN.handOver()).isEqualTo(ConcernStatus.OPEN);
        assertThat(ConcernStatus.REFERRED.handOver()).isEqualTo(ConcernStatus.REFERRED);
        assertThat(ConcernStatus.OPEN.close()).isEqualTo(ConcernStatus.CLOSED);
        assertThat(ConcernStatus.REFERRED.close()).isEqualTo(ConcernStatus.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = ActionKind.class, names = {"DISCUSSED", "SAFEGUARDING_REFERRAL", "INFORMED_AGENCY", "POLICE", "OTHER"})
    void aClosedConcernTakesNoMoreActions(ActionKind kind) {
        assertThatThrownBy(() -> ConcernStatus.CLOSED.recordAction(kind))
                .isInstanceOf(RiskTransitionException.class)
                .hasMessageContaining("closed").hasMessageContaining("raise a new concern");
    }

    @Test
    void aClosedConcernCannotBeHandedOverOrClosedAgain() {
        assertThatThrownBy(ConcernStatus.CLOSED::handOver).isInstanceOf(RiskTransitionException.class);
        assertThatThrownBy(ConcernStatus.CLOSED::close).isInstanceOf(RiskTransitionException.class)
                .hasMessageContaining("close it again");
    }

    @ParameterizedTest
    @EnumSource(value = ActionKind.class, names = {"RAISED", "OWNER_CHANGED", "CLOSED"})
    void entriesStepwiseWritesItselfCannotBeChosenAsActions(ActionKind kind) {
        assertThat(ActionKind.choices()).doesNotContain(kind);
        assertThat(ActionKind.chosen(kind.name())).isEmpty();
        assertThatThrownBy(() -> ConcernStatus.OPEN.recordAction(kind)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTaskIsCompletedOnce() {
        assertThat(TaskStatus.OPEN.complete()).isEqualTo(TaskStatus.DONE);
        assertThatThrownBy(TaskStatus.DONE::complete).isInstanceOf(RiskTransitionException.class)
                .hasMessageContaining("already been completed");
    }
}
