package org.stepwise.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.Outcome;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/** The service lead sets the agenda's rules and numbers, and the agenda follows them for that service only. */
@IntegrationTest
@AutoConfigureMockMvc
class AgendaSettingsIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired SupervisionAgenda agenda;
    @Autowired AgendaSettingsService settings;
    @Autowired ReferralService referrals;
    @Autowired AppointmentService appointments;
    @Autowired StaffDirectory staff;

    @Test
    void theLeadsSettingsChangeWhatTheAgendaRaisesInTheirServiceOnly() throws Exception {
        TestService s = fixtures.service();
        TestService other = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        StaffId otherPwp = other.pwp("Olu Owens");
        ReferralId missed = missedLastAppointment(s, pwp);
        ReferralId otherMissed = missedLastAppointment(other, otherPwp);
        ReferralId recent = allocated(s, pwp, "Recent", 10);
        assertThat(reasons(s, pwp, missed)).contains(AgendaReason.LAST_DNA);
        assertThat(reasons(s, pwp, recent)).isEmpty();

        mvc.perform(get("/service/supervision").with(as(s.leadUsername()))).andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"coverageWeeks\"[^>]*value=\"4\".*")))
                .andExpect(content().string(matchesPattern("(?s).*value=\"LAST_DNA\"\\s*checked>.*")));
        mvc.perform(save(s, "-1", "1").param("rulesOn", "DETERIORATION", "NOT_IMPROVING", "NOT_ON_TRACK",
                        "NO_CONTACT", "NEWLY_ASSESSED", "SESSION_LIMIT", "WAITING_TOO_LONG"))
                .andExpect(status().is3xxRedirection());

        assertThat(settings.settings(s.id())).isEqualTo(new AgendaSettings(4, 3, 8, 20, 2, 6, 1, 7,
                EnumSet.of(AgendaReason.LAST_DNA), 0));
        assertThat(reasons(s, pwp, missed)).doesNotContain(AgendaReason.LAST_DNA);
        assertThat(reasons(s, pwp, recent)).containsExactly(AgendaReason.COVERAGE);
        assertThat(settings.settings(other.id())).isEqualTo(AgendaSettings.defaults());
        assertThat(reasons(other, otherPwp, otherMissed)).contains(AgendaReason.LAST_DNA);
        mvc.perform(get("/service/supervision").with(as(s.leadUsername())))
                .andExpect(content().string(matchesPattern("(?s).*value=\"LAST_DNA\"\\s*>.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"coverageWeeks\"[^>]*value=\"1\".*")));
    }

    @Test
    void badNumbersAndStaleFormsAreRefusedWithTheReasonAndNothingIsSaved() throws Exception {
        TestService s = fixtures.service();
        mvc.perform(save(s, "-1", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Every open case is discussed at least every (weeks) must be a whole number from 1 to 12")));
        mvc.perform(save(s, "-1", "four")).andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a whole number from 1 to 12")));
        mvc.perform(save(s, "-1", "2").param("rulesOn", "NOT_A_RULE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose rules from the list")));
        assertThat(settings.settings(s.id())).isEqualTo(AgendaSettings.defaults());

        mvc.perform(save(s, "-1", "2")).andExpect(status().is3xxRedirection());
        mvc.perform(save(s, "-1", "3")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed")));
        assertThat(settings.settings(s.id()).coverageWeeks()).isEqualTo(2);
        mvc.perform(save(s, "0", "3")).andExpect(status().is3xxRedirection());
        assertThat(settings.settings(s.id()).coverageWeeks()).isEqualTo(3);
        assertThat(settings.settings(s.id()).version()).isEqualTo(1);
        mvc.perform(post("/service/supervision").with(as(s.supervisorUsername())).with(csrf()).param("version", "1")
                .param("coverageWeeks", "1")).andExpect(status().isForbidden());
        assertThat(settings.settings(s.id()).coverageWeeks()).isEqualTo(3);
    }

    private MockHttpServletRequestBuilder save(TestService s, String version, String coverageWeeks) {
        return post("/service/supervision").with(as(s.leadUsername())).with(csrf()).param("version", version)
                .param("coverageWeeks", coverageWeeks).param("reviewAtSession", "4").param("noContactWeeks", "3")
                .param("newlyAssessedDays", "7").param("stepTwoSessionLimit", "8").param("stepThreeSessionLimit", "20")
                .param("sessionsBeforeLimit", "2").param("waitingTooLongWeeks", "6");
    }

    private java.util.Set<AgendaReason> reasons(TestService s, StaffId pwp, ReferralId referral) {
        return agenda.forPractitioner(s.id(), pwp).stream().filter(i -> i.facts().referral().equals(referral))
                .findFirst().map(AgendaItem::reasons).orElse(java.util.Set.of());
    }

    private ReferralId missedLastAppointment(TestService s, StaffId pwp) {
        ReferralId id = allocated(s, pwp, "Missed", 10);
        AppointmentId dna = appointments.book(s.id(), id, SupervisionAgendaIT.at(pwp, 2), pwp);
        appointments.recordOutcome(s.id(), dna, 0, new Outcome(Attendance.DID_NOT_ATTEND, null, null, null), pwp);
        return id;
    }

    private ReferralId allocated(TestService s, StaffId pwp, String family, int daysAgo) {
        ReferralId id = s.newReferral("Case", family, LocalDate.now().minusDays(daysAgo));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        return id;
    }
}
