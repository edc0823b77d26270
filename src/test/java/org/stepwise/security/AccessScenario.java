package org.stepwise.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.risk.RiskFlags;
import org.stepwise.risk.RiskSeeding;
import org.stepwise.Fixtures;
import org.stepwise.TestService;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentPurpose;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.Booking;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.NewStaff;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.triage.TriageDecision;
import org.stepwise.triage.TriageOutcome;
import org.stepwise.triage.TriageService;

/**
 * A service with someone in every role and a case for each relationship a viewer can have, plus a case in
 * another service.
 */
@TestComponent
class AccessScenario {

    /** A case and one of each record that hangs off it, so record-level endpoints can be tried too. */
    record Case(PatientId patient, ReferralId referral, AppointmentId appointment, StaffId practitioner, UUID flag,
                UUID concern, UUID onward, UUID task) {
    }

    record Viewer(String role, String username, Map<String, Case> relationships) {
    }

    /** @param colleague a member of staff who never signs in here: the target of the staff-account pages */
    record Built(Map<String, Viewer> viewers, Case otherService, StaffId colleague) {

        Viewer viewer(String role) {
            return viewers.get(role);
        }

        Case anyCase() {
            return viewers.get("PWP").relationships().get("own");
        }
    }

    private final Fixtures fixtures;
    private final ReferralService referrals;
    private final TriageService triage;
    private final AppointmentService appointments;
    private final StaffDirectory staff;
    private final RiskFlags flags;
    private final RiskSeeding seeding;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    AccessScenario(Fixtures fixtures, ReferralService referrals, TriageService triage, AppointmentService appointments,
                   StaffDirectory staff, RiskFlags flags, RiskSeeding seeding, TransactionTemplate tx, JdbcClient jdbc) {
        this.flags = flags;
        this.seeding = seeding;
        this.tx = tx;
        this.jdbc = jdbc;
        this.fixtures = fixtures;
        this.referrals = referrals;
        this.triage = triage;
        this.appointments = appointments;
        this.staff = staff;
    }

    Built build() {
        TestService s = fixtures.service();
        StaffId priya = s.pwp("Priya Patel");
        StaffId hana = s.highIntensity("Hana Hughes");
        s.member("Gary Admin", EnumSet.of(Role.ADMINISTRATOR));
        StaffId owen = staff.addAtSetUp(s.id(), new NewStaff(s.tag() + "-owen", "Owen Other", null, Fixtures.PASSWORD,
                EnumSet.of(Role.PWP), false, null, null), false);

        Case pwpOwn = allocated(s, "Ada", priya, 2, s.lead(), true);
        Case hitOwn = allocated(s, "Alan", hana, 3, s.lead(), false);
        Case supervisorOwn = allocated(s, "Grace", s.supervisor(), 2, s.lead(), false);
        Case other = allocated(s, "Mary", owen, 2, s.lead(), true);
        Case untriaged = booked(s, s.newReferral("Edith", "Cavell", LocalDate.now().minusDays(3)), priya, null);
        ReferralId byAllocator = s.newReferral("Florence", "Nightingale", LocalDate.now().minusDays(9));
        triage.decide(s.id(), byAllocator, 0, new TriageDecision("Suitable for step 2", null, null, TriageOutcome.ALLOCATE, 2,
                owen, null, null, null), s.allocator(), Set.of(Role.ALLOCATOR));
        Case allocatorOwn = booked(s, byAllocator, owen, owen);

        TestService b = fixtures.service();
        StaffId elsewhere = b.pwp("Paula Elsewhere");
        Case otherService = allocated(b, "Rosalind", elsewhere, 2, b.lead(), true);

        Map<String, Viewer> viewers = new LinkedHashMap<>();
        viewers.put("PWP", viewer("PWP", s.username("Priya Patel"), "own", pwpOwn, "other", other, "untriaged", untriaged));
        viewers.put("HIT", viewer("HIT", s.username("Hana Hughes"), "own", hitOwn, "other", other, "untriaged", untriaged));
        Viewer supervisor = viewer("SUPERVISOR", s.supervisorUsername(), "own", supervisorOwn, "other", other,
                "untriaged", untriaged);
        supervisor.relationships().put("supervisee", pwpOwn);
        viewers.put("SUPERVISOR", supervisor);
        viewers.put("ALLOCATOR", viewer("ALLOCATOR", s.allocatorUsername(), "own", allocatorOwn, "other", other,
                "untriaged", untriaged));
        viewers.put("SERVICE_LEAD", viewer("SERVICE_LEAD", s.leadUsername(), "other", other, "untriaged", untriaged));
        viewers.put("ADMINISTRATOR", viewer("ADMINISTRATOR", s.username("Gary Admin"), "other", other,
                "untriaged", untriaged));
        return new Built(viewers, otherService, owen);
    }

    private Case allocated(TestService s, String given, StaffId practitioner, int step, StaffId by, boolean started) {
        ReferralId id = s.newReferral(given, "Case" + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now().minusDays(20));
        referrals.allocate(s.id(), id, 0, step, staff.get(s.id(), practitioner), null, by);
        if (started) {
            referrals.startTreatment(s.id(), id, 1, practitioner);
        }
        return booked(s, id, practitioner, practitioner);
    }

    private Case booked(TestService s, ReferralId id, StaffId bookedWith, StaffId practitioner) {
        Instant when = LocalDate.now().minusDays(1).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        AppointmentId a = appointments.book(s.id(), id, new Booking(bookedWith, when, 30, AppointmentPurpose.TREATMENT,
                ConsultationMechanism.TELEPHONE), s.lead());
        UUID flag = flags.raise(s.id(), id, "Disclosed thoughts of self-harm on the phone", s.lead());
        UUID[] records = tx.execute(status -> new UUID[] {
                seeding.openConcern(s.id(), id, true, "Her son, aged 6", "Neglect disclosed", s.lead(), when),
                seeding.awaitingOnwardReferral(s.id(), id, true, "Riverside Crisis Team", true, "Escalating risk",
                        s.lead(), when)});
        UUID task = jdbc.sql("select id from task where service_id = ? and referral_id = ? limit 1")
                .params(s.id().value(), id.value()).query(UUID.class).single();
        return new Case(referrals.get(s.id(), id).patientId(), id, a, practitioner, flag, records[0], records[1], task);
    }

    private static Viewer viewer(String role, String username, Object... pairs) {
        Map<String, Case> relationships = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            relationships.put((String) pairs[i], (Case) pairs[i + 1]);
        }
        return new Viewer(role, username, relationships);
    }
}
