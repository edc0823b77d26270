package org.stepwise.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.organisation.TriageMode;
import org.stepwise.referral.EndingCode;
import org.stepwise.web.FormErrors;

class TriageFormTest {

    static final String PRACTITIONER = UUID.randomUUID().toString();
    static final TriageMode PAPER = TriageMode.PAPER_SCREENING;
    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void allocationNeedsAScreeningOutcomeAndAPractitioner() {
        FormErrors errors = new FormErrors();
        assertThat(new TriageForm(0, " ", "", "", "", "", "ALLOCATE", "", "", "", "", "").validate(false, PAPER, RECEIVED, TODAY, errors)).isEmpty();
        assertThat(errors.all()).containsOnlyKeys("screeningOutcome", "allocation");
    }

    @Test
    void allocationReadsTheStepAndPractitionerFromOneChoice() {
        FormErrors errors = new FormErrors();
        var decision = new TriageForm(3, "Suitable for guided self-help", "", "", "", "", "ALLOCATE", "2:" + PRACTITIONER, "", "", "", "")
                .validate(false, PAPER, RECEIVED, TODAY, errors);
        assertThat(decision).hasValueSatisfying(d -> {
            assertThat(d.step()).isEqualTo(2);
            assertThat(d.practitioner().toString()).isEqualTo(PRACTITIONER);
            assertThat(d.capOverrideReason()).isNull();
        });
    }

    @Test
    void aWaitingListNeedsAStepAndIsNotOfferedToSomeoneAlreadyWaiting() {
        FormErrors errors = new FormErrors();
        new TriageForm(0, "Needs CBT", "", "", "", "", "WAITING_LIST", "", "4", "", "", "").validate(false, PAPER, RECEIVED, TODAY, errors);
        assertThat(errors.has("waitingStep")).isTrue();
        FormErrors waiting = new FormErrors();
        new TriageForm(0, "Needs CBT", "", "", "", "", "WAITING_LIST", "", "3", "", "", "").validate(true, PAPER, RECEIVED, TODAY, waiting);
        assertThat(waiting.get("outcome")).contains("already on a waiting list");
    }

    @Test
    void closingNeedsAKnownEndingCodeAndAReason() {
        FormErrors errors = new FormErrors();
        new TriageForm(0, "Needs secondary care", "", "", "", "", "CLOSE", "", "", "99", "", "")
                .validate(false, PAPER, RECEIVED, TODAY, errors);
        assertThat(errors.all()).containsOnlyKeys("endCode", "reason");
        FormErrors ok = new FormErrors();
        var decision = new TriageForm(0, "Needs secondary care", "", "", "", "", "CLOSE", "", "", "13", "Referred to CMHT", "")
                .validate(false, PAPER, RECEIVED, TODAY, ok);
        assertThat(decision).hasValueSatisfying(d -> assertThat(d.endingCode()).isEqualTo(EndingCode.REFERRED_ELSEWHERE));
    }

    @Test
    void anyKnownCodeIsReadWhetherItFitsBeingSeenIsForTheServiceToSay() {
        FormErrors errors = new FormErrors();
        var decision = new TriageForm(0, "Not seen", "", "", "", "", "CLOSE", "", "", EndingCode.COMPLETED.code(), "x", "")
                .validate(false, PAPER, RECEIVED, TODAY, errors);
        assertThat(errors.any()).isFalse();
        assertThat(decision).hasValueSatisfying(d -> assertThat(d.endingCode()).isEqualTo(EndingCode.COMPLETED));
    }

    @Test
    void refusesAnUnknownOutcomeOrAMissingVersion() {
        FormErrors errors = new FormErrors();
        new TriageForm(null, "x", "", "", "", "", "TELEPORT", "", "", "", "", "").validate(false, PAPER, RECEIVED, TODAY, errors);
        assertThat(errors.all()).containsKeys(FormErrors.FORM, "outcome");
    }

    @Test
    void byAppointmentTheAppointmentDateIsRequiredAndMustBeBetweenReferralAndToday() {
        FormErrors missing = new FormErrors();
        appointment("", "", "").validate(false, TriageMode.TRIAGE_APPOINTMENT, RECEIVED, TODAY, missing);
        assertThat(missing.get("appointmentDay")).isEqualTo("Enter the date of the triage appointment");
        assertThat(missing.get("screeningOutcome")).contains("triage appointment");

        FormErrors early = new FormErrors();
        appointment("1", "11", "2026").validate(false, TriageMode.TRIAGE_APPOINTMENT, RECEIVED, TODAY, early);
        assertThat(early.get("appointmentDay")).contains("before the referral was received");

        FormErrors ok = new FormErrors();
        var decision = appointment("20", "11", "2026").validate(false, TriageMode.TRIAGE_APPOINTMENT, RECEIVED, TODAY, ok);
        assertThat(decision).hasValueSatisfying(d -> assertThat(d.appointmentOn()).isEqualTo(LocalDate.of(2026, 11, 20)));
    }

    @Test
    void byAppointmentItSaysWhetherThePersonCame() {
        FormErrors unsaid = new FormErrors();
        withAttendance("").validate(false, TriageMode.TRIAGE_APPOINTMENT, RECEIVED, TODAY, unsaid);
        assertThat(unsaid.get("appointmentAttended")).isEqualTo("Select whether the person came to the triage appointment");

        var came = withAttendance("yes").validate(false, TriageMode.TRIAGE_APPOINTMENT, RECEIVED, TODAY, new FormErrors());
        assertThat(came).hasValueSatisfying(d -> assertThat(d.seenAtAppointment()).isTrue());
        var missed = withAttendance("no").validate(false, TriageMode.TRIAGE_APPOINTMENT, RECEIVED, TODAY, new FormErrors());
        assertThat(missed).hasValueSatisfying(d -> {
            assertThat(d.appointmentAttended()).isFalse();
            assertThat(d.seenAtAppointment()).isFalse();
        });
        var paper = new TriageForm(0, "Suitable", "", "", "", "yes", "ALLOCATE", "2:" + PRACTITIONER, "", "", "", "")
                .validate(false, PAPER, RECEIVED, TODAY, new FormErrors());
        assertThat(paper).hasValueSatisfying(d -> assertThat(d.appointmentAttended()).isNull());
    }

    static TriageForm withAttendance(String attended) {
        return new TriageForm(0, "Booked by phone", "20", "11", "2026", attended, "ALLOCATE", "2:" + PRACTITIONER, "", "",
                "", "");
    }

    static TriageForm appointment(String day, String month, String year) {
        return new TriageForm(0, day.isEmpty() ? "" : "Seen by phone; suitable for guided self-help", day, month, year,
                day.isEmpty() ? "" : "yes", "ALLOCATE", "2:" + PRACTITIONER, "", "", "", "");
    }
}
