package org.stepwise.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.TestComponent;
import org.stepwise.TestService;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Attendance;
import org.stepwise.contact.Booking;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Intervention;
import org.stepwise.contact.Outcome;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.MeasureService;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/**
 * Builds referrals and what happened in them through Stepwise's own services, dated in a chosen month. Only what
 * Stepwise cannot be made to record through its pages (an onward referral dated in the past, a referral that ended in
 * the past, a record spoilt before validation existed) is written with SQL.
 */
@TestComponent
class DatasetCase {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The month the tests report on: last month, so every day of it has passed. */
    static final YearMonth MONTH = YearMonth.now(LONDON).minusMonths(1);

    private final ReferralService referrals;
    private final AppointmentService appointments;
    private final MeasureService measures;
    private final StaffDirectory staff;
    private final JdbcClient jdbc;

    DatasetCase(ReferralService referrals, AppointmentService appointments, MeasureService measures,
                StaffDirectory staff, JdbcClient jdbc) {
        this.referrals = referrals;
        this.appointments = appointments;
        this.measures = measures;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    static LocalDate day(int dayOfMonth) {
        return MONTH.atDay(dayOfMonth);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
    }

    ReferralId allocated(TestService s, StaffId pwp, String given, String family, LocalDate received) {
        ReferralId id = s.newReferral(given, family, received);
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), pwp), null, s.allocator());
        return id;
    }

    AppointmentId attended(TestService s, ReferralId id, StaffId pwp, LocalDate day, AppointmentPurpose purpose,
                           int minutes, Intervention therapy) {
        AppointmentId a = booked(s, id, pwp, day, purpose);
        appointments.recordOutcome(s.id(), a, 0, new Outcome(Attendance.ATTENDED, minutes, therapy, "Session held."),
                pwp);
        return a;
    }

    AppointmentId missed(TestService s, ReferralId id, StaffId pwp, LocalDate day) {
        AppointmentId a = booked(s, id, pwp, day, AppointmentPurpose.TREATMENT);
        appointments.recordOutcome(s.id(), a, 0, new Outcome(Attendance.DID_NOT_ATTEND, null, null, null), pwp);
        return a;
    }

    AppointmentId booked(TestService s, ReferralId id, StaffId pwp, LocalDate day, AppointmentPurpose purpose) {
        return appointments.book(s.id(), id, new Booking(pwp, at(day, 11, 0), 45, purpose,
                ConsultationMechanism.TELEPHONE), pwp);
    }

    /** Every item answered the same; the last item (PHQ-9's question 9) 0, so no risk flag is raised. */
    void questionnaire(TestService s, ReferralId id, AppointmentId at, InstrumentCode code, int items, int each,
                       LocalDate completed, StaffId by) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int i = 1; i <= items; i++) {
            answers.put(i, i == items ? 0 : each);
        }
        measures.record(s.id(), id, at, code, answers, completed, by);
    }

    UUID onwardReferral(TestService s, ReferralId id, Instant sent, StaffId by) {
        UUID onward = UUID.randomUUID();
        jdbc.sql("""
                insert into onward_referral (service_id, id, referral_id, destination, organisation, urgency, referred_at,
                                             reason, status, chase_due_at, created_by, created_at)
                values (?, ?, ?, 'CRISIS_TEAM', 'Northtown Crisis Team', 'URGENT', ?, 'Plans to end their life', 'SENT',
                        ?, ?, ?)
                """).params(s.id().value(), onward, id.value(), java.sql.Timestamp.from(sent),
                java.sql.Timestamp.from(sent.plusSeconds(86_400)), by.value(), java.sql.Timestamp.from(sent))
                .update();
        return onward;
    }

    /** Discharge always happens today; the month under test is in the past, so the ending is moved back to it. */
    void endedOn(TestService s, ReferralId id, LocalDate day) {
        jdbc.sql("update referral set ended_date = ? where service_id = ? and id = ?")
                .params(day, s.id().value(), id.value()).update();
    }

    void odsCode(TestService s, String code) {
        jdbc.sql("update service set ods_code = ? where id = ?").params(code, s.id().value()).update();
    }
}
