package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.Booking;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Intervention;
import org.stepwise.contact.Outcome;
import org.stepwise.discharge.Outcomes;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

@IntegrationTest
@AutoConfigureMockMvc
class MeasurePagesIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired ReferralService referrals;
    @Autowired AppointmentService appointments;
    @Autowired StaffDirectory staff;
    @Autowired Outcomes outcomes;

    @Test
    void aQuestionnaireWithGapsSaysWhichQuestionsAndAQuestionNineAnswerFlagsRisk() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);
        String me = s.username("Priya Patel");

        mvc.perform(get("/referrals/" + id + "/measures/new").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("PHQ-9")));
        mvc.perform(get("/referrals/" + id + "/measures/new?instrument=PHQ9").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Little interest or pleasure in doing things")))
                .andExpect(content().string(containsString("Nearly every day")));
        mvc.perform(phq9(id, "1", "1", "", "1", "1", "1", "1", "1", "").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"item3-error\"")))
                .andExpect(content().string(containsString("id=\"item9-error\"")));
        mvc.perform(phq9(id, "2", "2", "2", "2", "2", "2", "2", "2", "1").with(as(me)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("RISK FLAG")));
        mvc.perform(get("/referrals/" + id).with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"banner-risk\"")))
                .andExpect(content().string(containsString("id=\"risk-flags\"")))
                .andExpect(content().string(containsString("data-chart=\"chart-phq9-data\"")));
        mvc.perform(get("/caseload").with(as(me))).andExpect(content().string(containsString("Risk flag")));
    }

    @Test
    void theOutcomeShownAtDischargeIsComputedFromTheScoresEnteredAndStored() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = allocated(s, pwp);
        String me = s.username("Priya Patel");
        AppointmentId first = attend(s, id, pwp, 14);
        attend(s, id, pwp, 7);
        AppointmentId last = attend(s, id, pwp, 1);
        mvc.perform(measure(id, first, "PHQ9", 9, "2", 14).with(as(me))).andExpect(status().is3xxRedirection());
        mvc.perform(measure(id, first, "GAD7", 7, "2", 14).with(as(me))).andExpect(status().is3xxRedirection());
        mvc.perform(measure(id, last, "PHQ9", 9, "0", 1).with(as(me))).andExpect(status().is3xxRedirection());
        mvc.perform(measure(id, last, "GAD7", 7, "1", 1).with(as(me))).andExpect(status().is3xxRedirection());

        mvc.perform(get("/referrals/" + id + "/discharge").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preview-recovery\">Recovered")));
        int version = referrals.get(s.id(), id).version();
        mvc.perform(post("/referrals/" + id + "/discharge").with(as(me)).with(csrf()).param("version", "" + version)
                        .param("endCode", "46").param("reason", "Goals met"))
                .andExpect(status().is3xxRedirection());

        var stored = outcomes.find(s.id(), id).orElseThrow();
        assertThat(stored.finishedTreatment()).isTrue();
        assertThat(stored.treatmentSessions()).isEqualTo(3);
        assertThat(stored.phq9First()).isEqualByComparingTo("16");
        assertThat(stored.phq9Last()).isEqualByComparingTo("0");
        assertThat(stored.anxietyFirst()).isEqualByComparingTo("14");
        assertThat(stored.anxietyLast()).isEqualByComparingTo("7");
        assertThat(stored.casenessAtStart()).isTrue();
        assertThat(stored.recovered()).isTrue();
        assertThat(stored.reliableImprovement()).isTrue();
        assertThat(stored.reliableRecovery()).isTrue();
        mvc.perform(get("/referrals/" + id).with(as(me)))
                .andExpect(content().string(containsString("id=\"outcome-recovery\">Recovered")));
    }

    @Test
    void aServiceLeadSetsAnUnverifiedCutOffAndItIsUsed() throws Exception {
        TestService s = fixtures.service();
        mvc.perform(get("/service/measures").with(as(s.leadUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Unverified")));
        mvc.perform(post("/service/measures/PDSS").with(as(s.leadUsername())).with(csrf()).param("version", "-1")
                        .param("cutOff", "eight")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cut-off must be a number")));
        mvc.perform(post("/service/measures/PDSS").with(as(s.leadUsername())).with(csrf()).param("version", "-1")
                        .param("cutOff", "9").param("wording1", "How many panic attacks did you have?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/service/measures").with(as(s.leadUsername())))
                .andExpect(content().string(containsString("Set by the service")));
        mvc.perform(get("/service/measures").with(as(s.allocatorUsername()))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder phq9(ReferralId id, String... answers) {
        MockHttpServletRequestBuilder post = post("/referrals/" + id + "/measures").with(csrf())
                .param("instrument", "PHQ9").param("appointment", "");
        LocalDate today = LocalDate.now();
        post.param("completedDay", "" + today.getDayOfMonth()).param("completedMonth", "" + today.getMonthValue())
                .param("completedYear", "" + today.getYear());
        for (int i = 0; i < answers.length; i++) {
            post.param("item" + (i + 1), answers[i]);
        }
        return post;
    }

    private MockHttpServletRequestBuilder measure(ReferralId id, AppointmentId at, String instrument, int items,
                                                  String each, int daysAgo) {
        LocalDate day = LocalDate.now().minusDays(daysAgo);
        MockHttpServletRequestBuilder post = post("/referrals/" + id + "/measures").with(csrf())
                .param("instrument", instrument).param("appointment", at.toString())
                .param("completedDay", "" + day.getDayOfMonth()).param("completedMonth", "" + day.getMonthValue())
                .param("completedYear", "" + day.getYear());
        for (int i = 1; i <= items; i++) {
            post.param("item" + i, i == 9 ? "0" : each);
        }
        return post;
    }

    private ReferralId allocated(TestService s, StaffId pwp) {
        ReferralId id = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(30));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        return id;
    }

    private AppointmentId attend(TestService s, ReferralId id, StaffId pwp, int daysAgo) {
        var when = LocalDate.now().minusDays(daysAgo).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        AppointmentId a = appointments.book(s.id(), id, new Booking(pwp, when, 30, AppointmentPurpose.TREATMENT,
                ConsultationMechanism.TELEPHONE), pwp);
        appointments.recordOutcome(s.id(), a, 0, new Outcome(Attendance.ATTENDED, 30, Intervention.GUIDED_SELF_HELP_BOOK,
                "Session held."), pwp);
        return a;
    }
}
