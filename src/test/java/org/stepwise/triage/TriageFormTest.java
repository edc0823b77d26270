package org.stepwise.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.referral.EndingCode;
import org.stepwise.web.FormErrors;

class TriageFormTest {

    static final String PRACTITIONER = UUID.randomUUID().toString();

    @Test
    void allocationNeedsAScreeningOutcomeAndAPractitioner() {
        FormErrors errors = new FormErrors();
        assertThat(new TriageForm(0, " ", "ALLOCATE", "", "", "", "", "").validate(false, errors)).isEmpty();
        assertThat(errors.all()).containsOnlyKeys("screeningOutcome", "allocation");
    }

    @Test
    void allocationReadsTheStepAndPractitionerFromOneChoice() {
        FormErrors errors = new FormErrors();
        var decision = new TriageForm(3, "Suitable for guided self-help", "ALLOCATE", "2:" + PRACTITIONER, "", "", "", "")
                .validate(false, errors);
        assertThat(decision).hasValueSatisfying(d -> {
            assertThat(d.step()).isEqualTo(2);
            assertThat(d.practitioner().toString()).isEqualTo(PRACTITIONER);
            assertThat(d.capOverrideReason()).isNull();
        });
    }

    @Test
    void aWaitingListNeedsAStepAndIsNotOfferedToSomeoneAlreadyWaiting() {
        FormErrors errors = new FormErrors();
        new TriageForm(0, "Needs CBT", "WAITING_LIST", "", "4", "", "", "").validate(false, errors);
        assertThat(errors.has("waitingStep")).isTrue();
        FormErrors waiting = new FormErrors();
        new TriageForm(0, "Needs CBT", "WAITING_LIST", "", "3", "", "", "").validate(true, waiting);
        assertThat(waiting.get("outcome")).contains("already on a waiting list");
    }

    @Test
    void closingNeedsANotSeenEndingCodeAndAReason() {
        FormErrors errors = new FormErrors();
        new TriageForm(0, "Needs secondary care", "CLOSE", "", "", EndingCode.COMPLETED.code(), "", "")
                .validate(false, errors);
        assertThat(errors.all()).containsOnlyKeys("endCode", "reason");
        FormErrors ok = new FormErrors();
        var decision = new TriageForm(0, "Needs secondary care", "CLOSE", "", "", "13", "Referred to CMHT", "")
                .validate(false, ok);
        assertThat(decision).hasValueSatisfying(d -> assertThat(d.endingCode()).isEqualTo(EndingCode.REFERRED_ELSEWHERE));
    }

    @Test
    void refusesAnUnknownOutcomeOrAMissingVersion() {
        FormErrors errors = new FormErrors();
        new TriageForm(null, "x", "TELEPORT", "", "", "", "", "").validate(false, errors);
        assertThat(errors.all()).containsKeys(FormErrors.FORM, "outcome");
    }
}
