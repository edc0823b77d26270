package org.stepwise.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Every transition tried from every state: the legal ones move, the rest are refused with a reason. */
class ReferralTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 9, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final StaffId PRACTITIONER = StaffId.random();
    static final StaffId OTHER = StaffId.random();

    record Move(Transition transition, Consumer<Referral> apply) {
    }

    static final Set<Move> MOVES = Set.of(
            new Move(Transition.ALLOCATE, r -> r.allocate(2, OTHER)),
            new Move(Transition.PLACE_ON_WAITING_LIST, r -> r.placeOnWaitingList(3, TODAY)),
            new Move(Transition.REALLOCATE, r -> r.reallocate(OTHER)),
            new Move(Transition.START_TREATMENT, Referral::startTreatment),
            new Move(Transition.CLOSE, r -> r.close(EndingCode.SIGNPOSTED, TODAY)),
            new Move(Transition.DISCHARGE, r -> r.discharge(EndingCode.COMPLETED, TODAY)),
            new Move(Transition.STEP_TO_PRACTITIONER, r -> r.stepTo(3, OTHER)),
            new Move(Transition.STEP_TO_WAITING_LIST, r -> r.stepToWaitingList(3, TODAY)));

    static final Set<String> LEGAL = Set.of(
            "AWAITING_TRIAGE ALLOCATE", "AWAITING_TRIAGE PLACE_ON_WAITING_LIST", "AWAITING_TRIAGE CLOSE",
            "WAITING ALLOCATE", "WAITING CLOSE", "WAITING DISCHARGE",
            "ALLOCATED REALLOCATE", "ALLOCATED START_TREATMENT", "ALLOCATED CLOSE", "ALLOCATED DISCHARGE",
            "IN_TREATMENT REALLOCATE", "IN_TREATMENT DISCHARGE",
            "ALLOCATED STEP_TO_PRACTITIONER", "ALLOCATED STEP_TO_WAITING_LIST",
            "IN_TREATMENT STEP_TO_PRACTITIONER", "IN_TREATMENT STEP_TO_WAITING_LIST");

    static Stream<Arguments> everyStateAndMove() {
        return EnumSet.allOf(ReferralStatus.class).stream()
                .flatMap(status -> MOVES.stream().map(move -> Arguments.of(status, move)));
    }

    @ParameterizedTest(name = "{0} then {1}")
    @MethodSource("everyStateAndMove")
    void allowsExactlyTheLegalTransitions(ReferralStatus status, Move move) {
        Referral referral = in(status);
        boolean legal = LEGAL.contains(status + " " + move.transition());
        assertThat(move.transition().allowedFrom(status)).isEqualTo(legal);
        if (legal) {
            move.apply().accept(referral);
            assertThat(referral.status()).isEqualTo(move.transition().target(status));
        } else {
            assertThatThrownBy(() -> move.apply().accept(referral))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageStartingWith("You cannot " + move.transition().verb());
            assertThat(referral.status()).isEqualTo(status);
        }
    }

    @Test
    void allocationSetsStepAndPractitionerAndLeavesTheWaitingList() {
        Referral referral = in(ReferralStatus.WAITING);
        referral.allocate(3, PRACTITIONER);
        assertThat(referral.step()).isEqualTo(3);
        assertThat(referral.practitionerId()).isEqualTo(PRACTITIONER);
        assertThat(referral.waitingSince()).isNull();
    }

    @Test
    void refusesAStepThatDoesNotExist() {
        assertThatThrownBy(() -> in(ReferralStatus.AWAITING_TRIAGE).allocate(4, PRACTITIONER))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("step 2");
        assertThatThrownBy(() -> in(ReferralStatus.AWAITING_TRIAGE).placeOnWaitingList(1, TODAY))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void refusesReallocatingToTheSamePractitioner() {
        assertThatThrownBy(() -> in(ReferralStatus.IN_TREATMENT).reallocate(PRACTITIONER))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("already allocated");
    }

    @Test
    void closingWithoutTreatmentRefusesTreatedEndingCodes() {
        Referral referral = in(ReferralStatus.AWAITING_TRIAGE);
        assertThatThrownBy(() -> referral.close(EndingCode.COMPLETED, TODAY))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("never started treatment");
        referral.close(EndingCode.NOT_SUITABLE, TODAY);
        assertThat(referral.endingCode()).isEqualTo(EndingCode.NOT_SUITABLE);
        assertThat(referral.endedDate()).isEqualTo(TODAY);
    }

    @Test
    void steppingMovesToTheOtherStepAndRefusesTheSameStep() {
        Referral up = in(ReferralStatus.IN_TREATMENT);
        up.stepTo(3, OTHER);
        assertThat(up.status()).isEqualTo(ReferralStatus.ALLOCATED);
        assertThat(up.step()).isEqualTo(3);
        assertThat(up.practitionerId()).isEqualTo(OTHER);

        Referral waiting = in(ReferralStatus.ALLOCATED);
        waiting.stepToWaitingList(3, TODAY);
        assertThat(waiting.status()).isEqualTo(ReferralStatus.WAITING);
        assertThat(waiting.practitionerId()).isNull();
        assertThat(waiting.waitingSince()).isEqualTo(TODAY);

        assertThatThrownBy(() -> in(ReferralStatus.IN_TREATMENT).stepTo(2, OTHER))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("already at step 2");
    }

    @Test
    void aCorrectedReceivedDateCannotMovePastWhatHasAlreadyHappened() {
        Referral waiting = in(ReferralStatus.WAITING);
        ReferralDetails later = new ReferralDetails(RECEIVED.plusDays(4), ReferralSource.A1, null, "Low mood", null);
        assertThatThrownBy(() -> waiting.corrected(later)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("waiting list");
        assertThatThrownBy(() -> in(ReferralStatus.DISCHARGED).corrected(
                new ReferralDetails(TODAY.plusDays(1), ReferralSource.A1, null, "Low mood", null)))
                .hasMessageContaining("after the referral ended");
        Referral corrected = waiting.corrected(new ReferralDetails(RECEIVED.plusDays(3), ReferralSource.A1, "Dr Shah",
                "Low mood", "F32"));
        assertThat(corrected.details().referrer()).isEqualTo("Dr Shah");
        assertThat(corrected.status()).isEqualTo(ReferralStatus.WAITING);
        assertThat(corrected.version()).isEqualTo(waiting.version());
    }

    @Test
    void aReferralCannotEndBeforeItWasReceived() {
        assertThatThrownBy(() -> in(ReferralStatus.AWAITING_TRIAGE).close(EndingCode.DECLINED, RECEIVED.minusDays(1)))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("before it was received");
    }

    @Test
    void everyEndingCodeBelongsToExactlyOneCategoryAndCodesAreUnique() {
        assertThat(EnumSet.allOf(EndingCode.class)).extracting(EndingCode::code).doesNotHaveDuplicates();
        assertThat(EndingCode.in(EndingCode.Category.NOT_SEEN)).extracting(EndingCode::code)
                .containsExactly("50");
        assertThat(EndingCode.in(EndingCode.Category.SEEN_NOT_TREATED)).extracting(EndingCode::code)
                .containsExactly("10", "11", "12", "13", "14", "16", "17", "95");
        assertThat(EndingCode.in(EndingCode.Category.TREATED)).extracting(EndingCode::code)
                .containsExactly("46", "47", "48", "49", "96");
    }

    static Referral in(ReferralStatus status) {
        ReferralDetails details = new ReferralDetails(RECEIVED, ReferralSource.B1, null, "Low mood", null);
        boolean placed = status == ReferralStatus.ALLOCATED || status == ReferralStatus.IN_TREATMENT;
        boolean ended = !status.isOpen();
        return new Referral(ServiceId.random(), ReferralId.random(), PatientId.random(), details, status,
                status == ReferralStatus.AWAITING_TRIAGE ? null : 2,
                placed ? PRACTITIONER : null,
                status == ReferralStatus.WAITING ? RECEIVED.plusDays(3) : null,
                ended ? EndingCode.COMPLETED : null, ended ? TODAY : null, 0);
    }
}
