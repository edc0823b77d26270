package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The onward-referral lifecycle: sent, perhaps acknowledged, then answered or withdrawn, and then never changed. */
class OnwardStatusTest {

    static final Set<String> LEGAL = Set.of("SENT>ACKNOWLEDGED", "SENT>ACCEPTED", "SENT>DECLINED", "SENT>WITHDRAWN",
            "ACKNOWLEDGED>ACCEPTED", "ACKNOWLEDGED>DECLINED", "ACKNOWLEDGED>WITHDRAWN");

    @Test
    void allowsExactlyTheLegalTransitions() {
        for (OnwardStatus from : OnwardStatus.values()) {
            for (OnwardStatus to : OnwardStatus.values()) {
                boolean legal = LEGAL.contains(from + ">" + to);
                if (legal) {
                    assertThat(from.moveTo(to)).as(from + " to " + to).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> from.moveTo(to)).as(from + " to " + to)
                            .isInstanceOf(RiskTransitionException.class);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = OnwardStatus.class, names = {"ACCEPTED", "DECLINED", "WITHDRAWN"})
    void anAnsweredReferralTakesNothingMoreAndSaysToReferAgain(OnwardStatus answered) {
        assertThat(answered.awaitingResponse()).isFalse();
        assertThat(answered.next()).isEmpty();
        assertThatThrownBy(() -> answered.moveTo(OnwardStatus.ACCEPTED))
                .hasMessageContaining("already " + answered.label().toLowerCase())
                .hasMessageContaining("make a new onward referral");
    }

    @Test
    void explainsTheOtherRefusals() {
        assertThatThrownBy(() -> OnwardStatus.ACKNOWLEDGED.moveTo(OnwardStatus.ACKNOWLEDGED))
                .hasMessageContaining("already acknowledged");
        assertThatThrownBy(() -> OnwardStatus.SENT.moveTo(OnwardStatus.SENT)).hasMessageContaining("sent once");
    }

    @Test
    void onlySentAndAcknowledgedReferralsAwaitAnAnswerAndCanFallDueForChasing() {
        assertThat(EnumSet.allOf(OnwardStatus.class).stream().filter(OnwardStatus::awaitingResponse))
                .containsExactly(OnwardStatus.SENT, OnwardStatus.ACKNOWLEDGED);
    }
}
