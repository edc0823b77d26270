package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepwise.referral.EndingCode;
import org.stepwise.shared.StaffId;

/** Ending a referral because the person was referred on, and the tasks onward referrals make. */
class OnwardEndingTest {

    @Test
    void seenButNotTreatedTheReferredElsewhereCodeIsSuggested() {
        assertThat(OnwardEnding.suggest(EndingCode.in(EndingCode.Category.SEEN_NOT_TREATED)))
                .contains(EndingCode.REFERRED_ELSEWHERE);
    }

    @Test
    void afterTreatmentBeganTheClinicianEndingItEarlyIsTheNearestCode() {
        assertThat(OnwardEnding.suggest(EndingCode.in(EndingCode.Category.TREATED)))
                .contains(EndingCode.ENDED_BY_PROFESSIONAL);
    }

    @Test
    void nothingIsSuggestedWhereNoOfferedCodeSaysSo() {
        // Never seen, the only code is 50, not assessed: nothing says the person was referred on.
        assertThat(OnwardEnding.suggest(EndingCode.in(EndingCode.Category.NOT_SEEN))).isEmpty();
    }

    @Test
    void chasesAreHighPriorityUnlessTheReferralIsRoutineAndADeclineAsksForNextSteps() {
        StaffId me = StaffId.random();
        LocalDate day = LocalDate.of(2026, 6, 1);

        NewTask chase = OnwardRules.chase("Northtown Crisis Team", Urgency.URGENT, OnwardStatus.SENT, me, day);
        assertThat(chase.title()).isEqualTo("Chase Northtown Crisis Team for a response to the urgent onward referral");
        assertThat(chase.priority()).isEqualTo(Priority.HIGH);
        assertThat(chase.dueOn()).isEqualTo(day);
        assertThat(OnwardRules.chase("CMHT", Urgency.ROUTINE, OnwardStatus.ACKNOWLEDGED, me, day))
                .satisfies(t -> assertThat(t.title()).contains("for a decision"))
                .satisfies(t -> assertThat(t.priority()).isEqualTo(Priority.NORMAL));
        assertThat(OnwardRules.declined("CMHT", me, day))
                .satisfies(t -> assertThat(t.title()).isEqualTo("Agree next steps: CMHT declined the onward referral"))
                .satisfies(t -> assertThat(t.priority()).isEqualTo(Priority.HIGH));
    }
}
