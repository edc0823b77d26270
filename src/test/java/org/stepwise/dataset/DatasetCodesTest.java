package org.stepwise.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetCodesTest {

    static final ReportingMonth MARCH = new ReportingMonth(YearMonth.of(2026, 3));

    @ParameterizedTest(name = "NHS number \"{0}\" is sent as \"{1}\" with status {2}")
    @CsvSource(nullValues = "null", value = {
            "9434765919, 9434765919, 02",
            "'999 000 0018', 9990000018, 02",
            "9876544321, '', 03",
            "9991234560, '', 03",
            "0000000000, '', 03",
            "123456789, '', 03",
            "'', '', 03",
            "null, '', 03"})
    void nhsNumberIsSentOnlyWhenItPassesItsCheck(String stored, String sent, String status) {
        assertThat(DatasetCodes.nhsNumber(stored)).containsExactly(sent, status);
    }

    @ParameterizedTest(name = "gender \"{0}\" -> \"{1}\"")
    @CsvSource(nullValues = "null", value = {"1, 1", "2, 2", "9, 9", "X, X", "0, ''", "M, ''", "x, ''", "null, ''"})
    void genderKeepsOnlyTheNationalCodes(String stored, String sent) {
        assertThat(DatasetCodes.gender(stored)).isEqualTo(sent);
    }

    @ParameterizedTest(name = "source \"{0}\" -> \"{1}\"")
    @CsvSource(nullValues = "null", value = {"A1, A1", "B1, B1", "N1, N1", "N4, N4", "Q1, Q1", "N3, ''", "a1, ''",
            "null, ''"})
    void sourceOfReferralKeepsOnlyTheNationalCodes(String stored, String sent) {
        assertThat(DatasetCodes.sourceOfReferral(stored)).isEqualTo(sent);
    }

    @ParameterizedTest(name = "ended {1} with \"{0}\": ServDischDate \"{2}\", EndCode \"{3}\"")
    @CsvSource(nullValues = "null", value = {
            "46, 2026-03-15, 2026-03-15, 46",
            "10, 2026-03-01, 2026-03-01, 10",
            "96, 2026-03-31, 2026-03-31, 96",
            "47, 2026-02-10, 2026-02-10, 47",
            "46, 2026-04-01, '', ''",
            "null, null, '', ''",
            "46, null, '', ''",
            "02, 2026-03-15, 2026-03-15, ''",
            "null, 2026-03-15, 2026-03-15, ''"})
    void endingIsReportedAsItStoodAtTheEndOfTheMonth(String code, LocalDate ended, String date, String sent) {
        assertThat(DatasetCodes.ending(code, ended, MARCH)).containsExactly(date, sent);
    }

    @ParameterizedTest(name = "AppType \"{0}\" -> \"{1}\"")
    @CsvSource(nullValues = "null", value = {"01, 01", "02, 02", "03, 03", "04, 04", "05, 05", "06, 06", "10, 10",
            "07, ''", "1, ''", "null, ''"})
    void appointmentTypeKeepsOnlyTheNationalCodes(String stored, String sent) {
        assertThat(DatasetCodes.appointmentType(stored)).isEqualTo(sent);
    }

    @ParameterizedTest(name = "AttendOrDNACode \"{0}\" -> \"{1}\", attended {2}")
    @CsvSource(nullValues = "null", value = {"2, 2, false", "3, 3, false", "4, 4, false", "5, 5, true",
            "6, 6, true", "7, 7, false", "1, '', false", "8, '', false", "null, '', false"})
    void attendanceKeepsTheNationalCodesAndCountsFiveAndSixAsSeen(String stored, String sent, boolean attended) {
        assertThat(DatasetCodes.attendance(stored)).isEqualTo(sent);
        assertThat(DatasetCodes.attended(stored)).isEqualTo(attended);
    }

    @ParameterizedTest(name = "ConsMechanism \"{0}\" -> \"{1}\"")
    @CsvSource(nullValues = "null", value = {"01, 01", "02, 02", "04, 04", "05, 05", "09, 09", "10, 10", "11, 11",
            "12, 12", "13, 13", "98, 98", "03, ''", "06, ''", "08, ''", "null, ''"})
    void consultationMechanismUsesTheVersionTwoPointOneList(String stored, String sent) {
        assertThat(DatasetCodes.consultationMechanism(stored)).isEqualTo(sent);
    }

    @ParameterizedTest(name = "therapy \"{0}\" -> \"{1}\"")
    @CsvSource(nullValues = "null", value = {"304891004, 304891004", "748051000000105, 748051000000105",
            "1098051000000103, 1098051000000103", "975131000000104, 975131000000104", "12345, ''", "null, ''"})
    void therapyKeepsOnlyKnownSnomedCodes(String stored, String sent) {
        assertThat(DatasetCodes.therapy(stored)).isEqualTo(sent);
    }

    @ParameterizedTest(name = "presenting complaint \"{0}\" -> \"{1}\"")
    @CsvSource(nullValues = "null", value = {"F32, F32", "F41.1, F41.1", "83482000, 83482000", "F99, ''",
            "null, ''"})
    void presentingComplaintKeepsOnlyTheDescriptorsStepwiseOffers(String stored, String sent) {
        assertThat(DatasetCodes.presentingComplaint(stored)).isEqualTo(sent);
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(nullValues = "null", value = {"PHQ9, 720433000", "GAD7, 445455005", "WSAS, null",
            "SPIN, null", "PHOBIA_SCALES, null", "NOT_AN_INSTRUMENT, null", "null, null"})
    void assessmentToolIsTheSnomedCodeOfTheTotalWhereOneIsConfirmed(String instrument, String code) {
        assertThat(DatasetCodes.assessmentTool(instrument).orElse(null)).isEqualTo(code);
    }

    @Test
    void onlyInstrumentsWithAConfirmedCodeAreSent() {
        assertThat(DatasetCodes.codedInstruments()).isEqualTo(List.of("GAD7", "PHQ9"));
    }

    @ParameterizedTest(name = "score {0} -> \"{1}\"")
    @CsvSource(nullValues = "null", value = {"12.00, 12", "0.00, 0", "27, 27", "4.50, 4.5", "2.25, 2.25",
            "100.00, 100", "null, ''"})
    void scoreIsWrittenWithoutTrailingZeros(BigDecimal total, String sent) {
        assertThat(DatasetCodes.score(total)).isEqualTo(sent);
    }

    @Test
    void datesAndTimesAreIsoAndMissingOnesAreEmpty() {
        assertThat(DatasetCodes.date(LocalDate.of(2026, 3, 7))).isEqualTo("2026-03-07");
        assertThat(DatasetCodes.time(LocalDateTime.of(2026, 3, 7, 9, 5))).isEqualTo("09:05:00");
        assertThat(DatasetCodes.date(null)).isEmpty();
        assertThat(DatasetCodes.time(null)).isEmpty();
        assertThat(DatasetCodes.minutes(null)).isEmpty();
        assertThat(DatasetCodes.minutes(45)).isEqualTo("45");
    }
}
