package org.stepwise.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.referral.EndingCode;

class EndingCodesTest {

    static final LocalDate D = LocalDate.of(2026, 10, 1);

    @Test
    void neverSeenOffersOnlyNotSeenCodes() {
        TreatmentCourse none = new TreatmentCourse(null, null, null, 0, null, 2);
        assertThat(EndingCodes.fitting(none)).extracting(EndingCode::code).containsExactly("10", "11", "12", "13", "14", "50");
        assertThat(EndingCodes.fits(EndingCode.COMPLETED, none)).isFalse();
    }

    @Test
    void assessedButNeverTreatedOffersSeenNotTreatedCodes() {
        TreatmentCourse assessed = new TreatmentCourse(D, null, null, 0, D, 0);
        assertThat(EndingCodes.fitting(assessed)).extracting(EndingCode::code).containsExactly("16", "17", "95");
    }

    @Test
    void anyAttendedTreatmentSessionOffersTreatedCodes() {
        TreatmentCourse once = new TreatmentCourse(D, D.plusDays(7), null, 1, D.plusDays(7), 0);
        assertThat(EndingCodes.fitting(once)).extracting(EndingCode::code).containsExactly("46", "47", "48", "49", "96");
        assertThat(EndingCodes.fits(EndingCode.SIGNPOSTED, once)).isFalse();
        assertThat(EndingCodes.fits(EndingCode.ENDED_BY_PATIENT, once)).isTrue();
    }
}
