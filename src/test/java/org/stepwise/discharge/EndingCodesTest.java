package org.stepwise.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.referral.EndingCode;

class EndingCodesTest {

    static final LocalDate D = LocalDate.of(2026, 10, 1);
    static final TreatmentCourse NEVER_SEEN = new TreatmentCourse(null, null, null, 0, null, 2);
    static final TreatmentCourse ASSESSED = new TreatmentCourse(D, null, null, 0, D, 0);
    static final TreatmentCourse TREATED = new TreatmentCourse(D, D.plusDays(7), null, 1, D.plusDays(7), 0);

    /** NHS England's grouping (nhsengland/Talking-Therapies discharge-code SQL). */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "10, SEEN_NOT_TREATED", "11, SEEN_NOT_TREATED", "12, SEEN_NOT_TREATED", "13, SEEN_NOT_TREATED",
        "14, SEEN_NOT_TREATED", "16, SEEN_NOT_TREATED", "17, SEEN_NOT_TREATED", "95, SEEN_NOT_TREATED",
        "50, NOT_SEEN",
        "46, TREATED", "47, TREATED", "48, TREATED", "49, TREATED", "96, TREATED",
    })
    void eachCodeBelongsToNhsEnglandsGroup(String code, EndingCode.Category category) {
        EndingCode ending = EndingCode.ofCode(code).orElseThrow();
        assertThat(ending.category()).isEqualTo(category);
        TreatmentCourse course = switch (category) {
            case NOT_SEEN -> NEVER_SEEN;
            case SEEN_NOT_TREATED -> ASSESSED;
            case TREATED -> TREATED;
        };
        assertThat(EndingCodes.fits(ending, course)).isTrue();
    }

    @Test
    void neverSeenOffersOnlyNotAssessed() {
        assertThat(EndingCodes.fitting(NEVER_SEEN)).extracting(EndingCode::code).containsExactly("50");
        assertThat(EndingCodes.fits(EndingCode.COMPLETED, NEVER_SEEN)).isFalse();
        assertThat(EndingCodes.fits(EndingCode.DISCHARGED_AFTER_ADVICE, NEVER_SEEN)).isFalse();
    }

    @Test
    void assessedButNeverTreatedOffersSeenNotTreatedCodes() {
        assertThat(EndingCodes.fitting(ASSESSED)).extracting(EndingCode::code)
                .containsExactly("10", "11", "12", "13", "14", "16", "17", "95");
        assertThat(EndingCodes.fits(EndingCode.DISCHARGED_AFTER_ADVICE, ASSESSED)).isTrue();
        assertThat(EndingCodes.fits(EndingCode.NOT_ASSESSED, ASSESSED)).isFalse();
    }

    @Test
    void anyAttendedTreatmentSessionOffersTreatedCodes() {
        assertThat(EndingCodes.fitting(TREATED)).extracting(EndingCode::code).containsExactly("46", "47", "48", "49", "96");
        assertThat(EndingCodes.fits(EndingCode.SIGNPOSTED, TREATED)).isFalse();
        assertThat(EndingCodes.fits(EndingCode.ENDED_BY_PATIENT, TREATED)).isTrue();
    }
}
