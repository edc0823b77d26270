package org.stepwise.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;

/** A service lead switches the service to triage by appointment; the allocator's form and record follow. */
@IntegrationTest
@AutoConfigureMockMvc
class TriageByAppointmentIT extends WebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void byAppointmentTheDateIsAskedForCheckedAndRecorded() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        LocalDate received = LocalDate.now().minusDays(10);
        ReferralId id = s.newReferral("Ada", "Lovelace", received);

        mvc.perform(get("/triage/" + id).with(as(s.allocatorUsername())))
                .andExpect(content().string(not(containsString("Date of the triage appointment"))));
        triageByAppointment(s);
        mvc.perform(get("/triage/" + id).with(as(s.allocatorUsername())))
                .andExpect(content().string(containsString("Date of the triage appointment")))
                .andExpect(content().string(containsString("Outcome of the triage appointment")));

        mvc.perform(decide(id, pwp, "", "", "").with(as(s.allocatorUsername())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date of the triage appointment")));
        LocalDate seen = received.plusDays(2);
        mvc.perform(decide(id, pwp, String.valueOf(seen.getDayOfMonth()), String.valueOf(seen.getMonthValue()),
                        String.valueOf(seen.getYear())).with(as(s.allocatorUsername())))
                .andExpect(redirectedUrl("/referrals/" + id));

        Map<String, Object> row = jdbc.sql("select triage_mode, appointment_on from triage_decision where service_id = ? "
                + "and referral_id = ?").params(s.id().value(), id.value()).query().singleRow();
        assertThat(row.get("triage_mode")).isEqualTo("TRIAGE_APPOINTMENT");
        assertThat(row.get("appointment_on").toString()).isEqualTo(seen.toString());
    }

    @Test
    void closingOffersTheCodesThatFitWhetherThePersonWasSeen() throws Exception {
        TestService s = fixtures.service();
        LocalDate received = LocalDate.now().minusDays(10);
        ReferralId id = s.newReferral("Ada", "Lovelace", received);

        mvc.perform(get("/triage/" + id).with(as(s.allocatorUsername())))
                .andExpect(content().string(containsString("<option value=\"50\"")))
                .andExpect(content().string(not(containsString("<option value=\"12\""))));
        mvc.perform(close(id, "12", "", "", "").with(as(s.allocatorUsername())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Close it with code 50")));
        assertThat(jdbc.sql("select status from referral where service_id = ? and id = ?")
                .params(s.id().value(), id.value()).query(String.class).single()).isEqualTo("AWAITING_TRIAGE");

        triageByAppointment(s);
        // At a triage appointment the person may come (12 fits) or not (only 50 does); the decision says which.
        mvc.perform(get("/triage/" + id).with(as(s.allocatorUsername())))
                .andExpect(content().string(containsString("<option value=\"12\"")))
                .andExpect(content().string(containsString("<option value=\"50\"")))
                .andExpect(content().string(containsString("Did the person come to the triage appointment?")));
        LocalDate seen = received.plusDays(2);
        mvc.perform(close(id, "12", String.valueOf(seen.getDayOfMonth()), String.valueOf(seen.getMonthValue()),
                        String.valueOf(seen.getYear())).param("appointmentAttended", "no")
                        .with(as(s.allocatorUsername())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Close it with code 50")));
        mvc.perform(close(id, "12", String.valueOf(seen.getDayOfMonth()), String.valueOf(seen.getMonthValue()),
                        String.valueOf(seen.getYear())).param("appointmentAttended", "yes")
                        .with(as(s.allocatorUsername())))
                .andExpect(redirectedUrl("/referrals/" + id));
        assertThat(jdbc.sql("select end_code from referral where service_id = ? and id = ?")
                .params(s.id().value(), id.value()).query(String.class).single()).isEqualTo("12");
    }

    @Test
    void someoneWhoMissedTheTriageAppointmentIsClosedAsNotAssessed() throws Exception {
        TestService s = fixtures.service();
        LocalDate received = LocalDate.now().minusDays(10);
        ReferralId id = s.newReferral("Sam", "Okoro", received);
        triageByAppointment(s);
        LocalDate missed = received.plusDays(3);
        mvc.perform(close(id, "50", String.valueOf(missed.getDayOfMonth()), String.valueOf(missed.getMonthValue()),
                        String.valueOf(missed.getYear())).param("appointmentAttended", "no")
                        .with(as(s.allocatorUsername())))
                .andExpect(redirectedUrl("/referrals/" + id));
        assertThat(jdbc.sql("select end_code from referral where service_id = ? and id = ?")
                .params(s.id().value(), id.value()).query(String.class).single()).isEqualTo("50");
        assertThat(jdbc.sql("select appointment_attended from triage_decision where service_id = ? and referral_id = ?")
                .params(s.id().value(), id.value()).query(Boolean.class).single()).isFalse();
    }

    @Test
    void aSettingsFormWithBadValuesSavesNothingAndNamesEachProblem() throws Exception {
        TestService s = fixtures.service();
        mvc.perform(post("/service/settings").with(csrf()).with(as(s.leadUsername()))
                        .param("version", "0").param("triageMode", "SOMETIMES").param("pwpCaseloadCap", "forty")
                        .param("traineeCapPercent", "120").param("highIntensityCaseloadCap", "0")
                        .param("waitingListPolicy", "OLDEST_REFERRAL_FIRST").param("unallocatedResponsible", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select at least one role")))
                .andExpect(content().string(containsString("Select how triage is done")))
                .andExpect(content().string(containsString("PWP caseload cap must be a whole number")))
                .andExpect(content().string(containsString("Trainee share of the cap must be between 1 and 100")))
                .andExpect(content().string(containsString("High-intensity caseload cap must be between 1 and 500")))
                .andExpect(content().string(containsString("Select who holds clinical responsibility")));
        mvc.perform(get("/service/settings").with(as(s.allocatorUsername()))).andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder close(ReferralId id,
            String code, String day, String month, String year) {
        return post("/triage/" + id).with(csrf()).param("version", "0")
                .param("screeningOutcome", "Low mood after a bereavement; advice on sleep and routine given")
                .param("appointmentDay", day).param("appointmentMonth", month).param("appointmentYear", year)
                .param("outcome", "CLOSE").param("endCode", code).param("reason", "Feels able to manage with the advice");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder decide(ReferralId id,
            StaffId pwp, String day, String month, String year) {
        return post("/triage/" + id).with(csrf()).param("version", "0")
                .param("screeningOutcome", "Seen by phone: low mood, no plans; suitable for guided self-help")
                .param("appointmentDay", day).param("appointmentMonth", month).param("appointmentYear", year)
                .param("appointmentAttended", "yes").param("outcome", "ALLOCATE").param("allocation", "2:" + pwp);
    }

    /** The service lead switches the service to triage by appointment. */
    private void triageByAppointment(TestService s) throws Exception {
        mvc.perform(post("/service/settings").with(csrf()).with(as(s.leadUsername()))
                        .param("version", "0").param("allocatingRoles", "ALLOCATOR")
                        .param("triageMode", "TRIAGE_APPOINTMENT").param("pwpCaseloadCap", "40")
                        .param("traineeCapPercent", "60").param("highIntensityCaseloadCap", "25")
                        .param("waitingListPolicy", "OLDEST_REFERRAL_FIRST")
                        .param("unallocatedResponsible", s.lead().toString()).param("dnaPromptAfter", "2"))
                .andExpect(redirectedUrl("/service/settings"));
    }
}
