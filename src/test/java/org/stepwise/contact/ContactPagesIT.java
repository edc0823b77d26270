package org.stepwise.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.IntegrationTest;
import org.stepwise.TestService;
import org.stepwise.WebTest;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

@IntegrationTest
@AutoConfigureMockMvc
class ContactPagesIT extends WebTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired AppointmentService appointments;
    @Autowired ReferralService referrals;
    @Autowired StaffDirectory staff;

    @Test
    void aPractitionerBooksRecordsAndSeesTheSessionOnTheReferralAndInTheDiary() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        ReferralId referral = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(10));
        referrals.allocate(s.id(), referral, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        LocalDate day = LocalDate.now().minusDays(1);
        String me = s.username("Priya Patel");

        mvc.perform(get("/referrals/" + referral + "/appointments/new").with(as(me))).andExpect(status().isOk());
        mvc.perform(post("/referrals/" + referral + "/appointments").with(as(me)).with(csrf())
                        .param("dateDay", "31").param("dateMonth", "2").param("dateYear", "2026").param("time", "25:00")
                        .param("minutes", "0").param("purpose", "02").param("mechanism", "02")
                        .param("practitioner", pwp.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date of the appointment must be a real date")))
                .andExpect(content().string(containsString("Enter the time in 24-hour form")))
                .andExpect(content().string(containsString("Length must be between 5 and 240 minutes")));
        mvc.perform(post("/referrals/" + referral + "/appointments").with(as(me)).with(csrf())
                        .param("dateDay", String.valueOf(day.getDayOfMonth())).param("dateMonth", String.valueOf(day.getMonthValue()))
                        .param("dateYear", String.valueOf(day.getYear())).param("time", "09:30").param("minutes", "30")
                        .param("purpose", "02").param("mechanism", "02").param("practitioner", pwp.toString()))
                .andExpect(status().is3xxRedirection());
        AppointmentId id = appointments.forReferral(s.id(), referral).get(0).id();

        mvc.perform(post("/appointments/" + id + "/outcome").with(as(me)).with(csrf()).param("version", "0")
                        .param("attendance", "5").param("minutes", "").param("intervention", "").param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter how long the session lasted")))
                .andExpect(content().string(containsString("Select the intervention delivered")))
                .andExpect(content().string(containsString("Write the session note")));
        mvc.perform(post("/appointments/" + id + "/outcome").with(as(me)).with(csrf()).param("version", "0")
                        .param("attendance", "5").param("minutes", "32").param("intervention", "748051000000105")
                        .param("note", "Introduced behavioural activation; agreed three activities."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/referrals/" + referral).with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("In treatment")))
                .andExpect(content().string(containsString("a course of treatment needs 2")));
        mvc.perform(get("/appointments/" + id).with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Introduced behavioural activation")))
                .andExpect(content().string(containsString("Signed by Priya Patel")));
        mvc.perform(get("/diary?view=day&date=" + day).with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("LOVELACE, Ada")))
                .andExpect(content().string(containsString("09:30")));
        mvc.perform(get("/caseload").with(as(me))).andExpect(content().string(not(containsString("None yet"))));
    }

    @Test
    void theReferralPageShowsHowLongATreatedPersonWaitedForEachAppointment() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        LocalDate received = londonToday().minusDays(60);
        ReferralId referral = allocated(s, pwp, received);
        attend(s, referral, pwp, received.plusDays(10), AppointmentPurpose.ASSESSMENT);
        attend(s, referral, pwp, received.plusDays(40), AppointmentPurpose.TREATMENT);
        miss(s, referral, pwp, received.plusDays(47));
        attend(s, referral, pwp, received.plusDays(54), AppointmentPurpose.TREATMENT);

        mvc.perform(get("/referrals/" + referral).with(as(s.username("Priya Patel")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting times")))
                .andExpect(content().string(containsString("id=\"wait-assessment\">10 days<")))
                .andExpect(content().string(containsString("id=\"wait-treatment\">40 days<")))
                .andExpect(content().string(containsString("id=\"wait-standard\">Within 6 weeks<")))
                .andExpect(content().string(containsString("id=\"wait-second-treatment\">14 days<")));
    }

    @Test
    void theReferralPageCountsTheWaitOfSomeoneStillWaitingForTreatmentToToday() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        s.member("Gary Admin", EnumSet.of(Role.ADMINISTRATOR));
        LocalDate received = londonToday().minusDays(50);
        ReferralId referral = allocated(s, pwp, received);
        attend(s, referral, pwp, received.plusDays(20), AppointmentPurpose.ASSESSMENT);
        miss(s, referral, pwp, received.plusDays(35));

        // Waiting times are not clinical detail: whoever books the next appointment sees them too.
        for (String who : new String[] {s.username("Priya Patel"), s.username("Gary Admin")}) {
            mvc.perform(get("/referrals/" + referral).with(as(who))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"wait-assessment\">20 days<")))
                    .andExpect(content().string(containsString("id=\"wait-treatment\">50 days so far<")))
                    .andExpect(content().string(containsString(
                            "id=\"wait-standard\">6 weeks passed, 76 days until 18 weeks<")))
                    .andExpect(content().string(containsString("id=\"wait-second-treatment\">Not started<")));
        }
    }

    @Test
    void administrativeStaffSeeAppointmentsButNeverSessionNotes() throws Exception {
        TestService s = fixtures.service();
        StaffId pwp = s.pwp("Priya Patel");
        s.member("Gary Admin", EnumSet.of(Role.ADMINISTRATOR));
        ReferralId referral = s.newReferral("Ada", "Lovelace", LocalDate.now().minusDays(10));
        referrals.allocate(s.id(), referral, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        AppointmentId id = appointments.book(s.id(), referral, AppointmentServiceIT.booking(pwp, 1,
                AppointmentPurpose.TREATMENT), pwp);
        appointments.recordOutcome(s.id(), id, 0, AppointmentServiceIT.seen(Intervention.CBT), pwp);

        mvc.perform(get("/appointments/" + id).with(as(s.username("Gary Admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Attended")))
                .andExpect(content().string(not(containsString("Reviewed the week"))))
                .andExpect(content().string(containsString("visible to clinical staff only")));
        mvc.perform(get("/appointments/" + id + "/outcome").with(as(s.username("Gary Admin"))))
                .andExpect(status().isForbidden());
        assertThat(appointments.note(s.id(), id)).isPresent();
    }

    // The page reads "today" in the service's zone, so the test does too, or it would fail around midnight.
    private static LocalDate londonToday() {
        return LocalDate.now(LONDON);
    }

    private ReferralId allocated(TestService s, StaffId pwp, LocalDate received) {
        ReferralId referral = s.newReferral("Ada", "Lovelace", received);
        referrals.allocate(s.id(), referral, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        return referral;
    }

    private void attend(TestService s, ReferralId referral, StaffId pwp, LocalDate day, AppointmentPurpose purpose) {
        AppointmentId id = appointments.book(s.id(), referral, bookingOn(pwp, day, purpose), pwp);
        appointments.recordOutcome(s.id(), id, 0, AppointmentServiceIT.seen(Intervention.CBT), pwp);
    }

    private void miss(TestService s, ReferralId referral, StaffId pwp, LocalDate day) {
        AppointmentId id = appointments.book(s.id(), referral, bookingOn(pwp, day, AppointmentPurpose.TREATMENT), pwp);
        appointments.recordOutcome(s.id(), id, 0, new Outcome(Attendance.DID_NOT_ATTEND, null, null, null), pwp);
    }

    private static Booking bookingOn(StaffId who, LocalDate day, AppointmentPurpose purpose) {
        return new Booking(who, day.atTime(10, 0).atZone(LONDON).toInstant(), 30, purpose,
                ConsultationMechanism.TELEPHONE);
    }
}
