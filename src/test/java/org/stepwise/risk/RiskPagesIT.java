package org.stepwise.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.Booking;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Outcome;
import org.stepwise.WebTest;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;

@IntegrationTest
@AutoConfigureMockMvc
@Import(RiskCases.class)
class RiskPagesIT extends WebTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired MockMvc mvc;
    @Autowired RiskCases cases;
    @Autowired RiskFlags flags;
    @Autowired RiskAssessments assessments;
    @Autowired Safeguarding safeguarding;
    @Autowired OnwardReferrals onward;
    @Autowired Tasks tasks;
    @Autowired AppointmentService appointments;
    @Autowired SettingsStore settings;

    @Test
    void administratorsAndPractitionersOffTheCaseNeverSeeRiskDetails() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        s.pwp("Omar Other");
        s.member("Adam Admin", EnumSet.of(Role.ADMINISTRATOR));
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        UUID flag = flags.raise(s.id(), id, "Talked of a plan involving tablets", pwp);
        UUID concern = safeguarding.raise(s.id(), id, new NewConcern(ConcernFor.CHILD, "Son", "Neglect", TODAY, pwp), pwp);
        UUID referredOn = sendOnward(s, id, pwp);
        String r = "/referrals/" + id;
        List<String> pages = List.of(r + "/risk-assessments/new", r + "/safety-plan", r + "/risk-flags/new",
                "/risk-flags/" + flag + "/review", r + "/safeguarding/new", "/safeguarding/" + concern,
                r + "/onward-referrals/new", "/onward-referrals/" + referredOn, r + "/tasks/new");

        for (String page : pages) {
            mvc.perform(get(page).with(as(s.username("Adam Admin")))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(as(s.username("Omar Other")))).andExpect(status().isForbidden());
            for (String allowed : List.of(s.username("Priya Patel"), s.supervisorUsername(), s.allocatorUsername(),
                    s.leadUsername())) {
                mvc.perform(get(page).with(as(allowed))).andExpect(status().isOk());
            }
        }
        for (String page : List.of("/tasks", "/duty", "/supervision/risk", "/duty/flags")) {
            mvc.perform(get(page).with(as(s.username("Adam Admin")))).andExpect(status().isForbidden());
        }
        mvc.perform(post(r + "/risk-flags").with(as(s.username("Adam Admin"))).with(csrf()).param("concern", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/risk-flags/" + flag + "/review").with(as(s.username("Omar Other"))).with(csrf())
                .param("outcome", "x")).andExpect(status().isForbidden());
        assertThat(flags.get(s.id(), flag).open()).isTrue();
        // The banner still warns everyone, so a call can be passed to a clinician, but says nothing more.
        mvc.perform(get(r).with(as(s.username("Adam Admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"banner-risk\"")))
                .andExpect(content().string(containsString("id=\"banner-safeguarding\"")))
                .andExpect(content().string(not(containsString("tablets"))))
                .andExpect(content().string(not(containsString("id=\"risk\""))));
        mvc.perform(get(r).with(as(s.username("Priya Patel")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("tablets")))
                .andExpect(content().string(containsString("id=\"risk\"")));
    }

    @Test
    void badInputSavesNothingAndSaysWhatIsWrong() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        UUID flag = flags.raise(s.id(), id, "Concern", pwp);
        String me = s.username("Priya Patel");
        String r = "/referrals/" + id;

        mvc.perform(post(r + "/risk-assessments").with(as(me)).with(csrf()).param("thoughts", "YES")
                        .param("assessedDay", "31").param("assessedMonth", "2").param("assessedYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Date of the assessment must be a real date")))
                .andExpect(content().string(containsString("id=\"thoughts-detail-error\"")))
                .andExpect(content().string(containsString("Select yes, no or not known for plans")))
                .andExpect(content().string(containsString("id=\"formulation-error\"")));
        mvc.perform(post(r + "/safety-plan").with(as(me)).with(csrf()).param("seenVersion", "0")
                        .param("reviewDay", "1").param("reviewMonth", "1").param("reviewYear", "2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"warningSigns-error\"")))
                .andExpect(content().string(containsString("The review date must be today or later")));
        mvc.perform(post(r + "/safeguarding").with(as(me)).with(csrf()).param("owner", "nobody"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select whether the concern is about a child or an adult")))
                .andExpect(content().string(containsString("id=\"owner-error\"")));
        mvc.perform(post(r + "/onward-referrals").with(as(me)).with(csrf()).param("sentTime", "25:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the time in 24-hour form")))
                .andExpect(content().string(containsString("id=\"urgency-error\"")));
        mvc.perform(post(r + "/tasks").with(as(me)).with(csrf()).param("owner", pwp.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say what needs doing")));
        mvc.perform(post("/risk-flags/" + flag + "/review").with(as(me)).with(csrf()).param("outcome", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"outcome-error\"")));
        mvc.perform(post(r + "/risk-flags").with(as(me)).with(csrf()).param("concern", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"concern-error\"")));
        UUID referredOn = sendOnward(s, id, pwp);
        mvc.perform(post("/onward-referrals/" + referredOn + "/responses").with(as(me)).with(csrf())
                        .param("version", "0").param("status", "DECLINED").param("respondedDay", "" + TODAY.getDayOfMonth())
                        .param("respondedMonth", "" + TODAY.getMonthValue()).param("respondedYear", "" + TODAY.getYear()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say why they declined")));

        assertThat(assessments.forReferral(s.id(), id)).isEmpty();
        assertThat(flags.forReferral(s.id(), id)).hasSize(1).allMatch(FlagView::open);
        assertThat(safeguarding.forReferral(s.id(), id)).isEmpty();
        assertThat(onward.forReferral(s.id(), id)).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OnwardStatus.SENT));
        assertThat(tasks.forReferral(s.id(), id)).singleElement()
                .satisfies(t -> assertThat(t.origin()).isEqualTo(TaskOrigin.CHASE_ONWARD_REFERRAL));
    }

    @Test
    void theDutyAndSupervisionViewsAndTheHomePageShowEverythingOpen() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        flags.raise(s.id(), id, "Said she might not be here next week", pwp);
        safeguarding.raise(s.id(), id, new NewConcern(ConcernFor.CHILD, "Her son", "Neglect", TODAY, pwp), pwp);
        sendOnward(s, id, pwp);

        mvc.perform(get("/duty").with(as(s.allocatorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Said she might not be here next week")))
                .andExpect(content().string(containsString("Child: Her son")))
                .andExpect(content().string(containsString("Northtown Crisis Team")))
                .andExpect(content().string(containsString("id=\"tasks-empty\"")));
        mvc.perform(get("/duty/onward").with(as(s.leadUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Northtown Crisis Team")))
                .andExpect(content().string(not(containsString("id=\"flags-list\""))));
        mvc.perform(get("/duty").with(as(s.username("Priya Patel")))).andExpect(status().isForbidden());
        mvc.perform(get("/duty/nothing").with(as(s.leadUsername()))).andExpect(status().isNotFound());
        mvc.perform(get("/supervision/risk").with(as(s.supervisorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Said she might not be here next week")));
        mvc.perform(get("/").with(as(s.supervisorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"supervisee-flags-" + pwp + "\">1<.*")));
        mvc.perform(get("/").with(as(s.allocatorUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duty-flags\">1<")));
        mvc.perform(get("/tasks").with(as(s.username("Priya Patel")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chase Northtown Crisis Team")));
        mvc.perform(get("/caseload").with(as(s.username("Priya Patel"))))
                .andExpect(content().string(containsString("Risk flag")));
    }

    @Test
    void anAcceptedOnwardReferralPreselectsTheMatchingEndingCode() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId id = cases.allocated(s, pwp, "Ada", "Lovelace");
        String me = s.username("Priya Patel");
        mvc.perform(get("/referrals/" + id + "/discharge").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"onward-suggestion\""))));

        UUID o = sendOnward(s, id, pwp);
        onward.respond(s.id(), o, 0, OnwardStatus.ACCEPTED, TODAY, null, pwp);
        // Never seen, the only code that fits is 50, not assessed: nothing says the person was referred on.
        mvc.perform(get("/referrals/" + id + "/discharge").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"onward-suggestion\""))));

        AppointmentId assessment = appointments.book(s.id(), id, new Booking(pwp,
                TODAY.minusDays(2).atTime(11, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant(), 45,
                AppointmentPurpose.ASSESSMENT, ConsultationMechanism.TELEPHONE), pwp);
        appointments.recordOutcome(s.id(), assessment, 0, new Outcome(Attendance.ATTENDED, 45, null,
                "Assessed: needs are better met by the crisis team."), pwp);
        mvc.perform(get("/referrals/" + id + "/discharge").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"onward-suggestion\"")))
                .andExpect(content().string(matchesPattern("(?s).*value=\"13\" checked.*")));
    }

    @Test
    void onlyTheServiceLeadSetsTheRiskTimeLimits() throws Exception {
        TestService s = fixtures.service();
        mvc.perform(get("/service/risk").with(as(s.leadUsername()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1\"")));
        mvc.perform(post("/service/risk").with(as(s.leadUsername())).with(csrf()).param("version", "-1")
                        .param("flagReviewWorkingDays", "9").param("chaseEmergencyHours", "4")
                        .param("chaseUrgentHours", "24").param("chaseRoutineWorkingDays", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Working days to review a flag must be a whole number from 0 to 5")));
        mvc.perform(post("/service/risk").with(as(s.leadUsername())).with(csrf()).param("version", "-1")
                        .param("flagReviewWorkingDays", "0").param("chaseEmergencyHours", "2")
                        .param("chaseUrgentHours", "12").param("chaseRoutineWorkingDays", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/service/risk").with(as(s.leadUsername())).with(csrf()).param("version", "-1")
                        .param("flagReviewWorkingDays", "2").param("chaseEmergencyHours", "2")
                        .param("chaseUrgentHours", "12").param("chaseRoutineWorkingDays", "3"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed")));
        mvc.perform(get("/service/risk").with(as(s.allocatorUsername()))).andExpect(status().isForbidden());
        mvc.perform(post("/service/risk").with(as(s.allocatorUsername())).with(csrf()).param("version", "0")
                .param("flagReviewWorkingDays", "3").param("chaseEmergencyHours", "2")
                .param("chaseUrgentHours", "12").param("chaseRoutineWorkingDays", "3")).andExpect(status().isForbidden());
        assertThat(settings.get(s.id())).isEqualTo(new RiskSettings(0, 2, 12, 3, 0));
    }

    private UUID sendOnward(TestService s, ReferralId id, StaffId by) {
        return onward.send(s.id(), id, new NewOnwardReferral(Destination.CRISIS_TEAM, "Northtown Crisis Team",
                Urgency.URGENT, Instant.now().minus(Duration.ofMinutes(1)), "Plan disclosed"), by);
    }
}
