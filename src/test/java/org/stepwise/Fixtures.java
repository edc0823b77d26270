package org.stepwise;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.organisation.Services;
import org.stepwise.patient.Gender;
import org.stepwise.patient.NhsNumber;
import org.stepwise.patient.PatientDetails;
import org.stepwise.patient.Patients;
import org.stepwise.referral.ReferralDetails;
import org.stepwise.referral.ReferralService;
import org.stepwise.referral.ReferralSource;
import org.stepwise.shared.GpPracticeId;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.NewStaff;
import org.stepwise.staff.StaffDirectory;

/** Builders for a fresh service and its people, so every test starts from its own data. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger NHS_SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final Services services;
    private final StaffDirectory staff;
    private final Patients patients;
    private final ReferralService referrals;
    private final TransactionTemplate tx;

    Fixtures(Services services, StaffDirectory staff, Patients patients, ReferralService referrals,
             TransactionTemplate tx) {
        this.services = services;
        this.staff = staff;
        this.patients = patients;
        this.referrals = referrals;
        this.tx = tx;
    }

    /** A service with a lead (who holds unallocated referrals), an allocator, a supervisor and a GP practice. */
    public TestService service() {
        int n = SEQUENCE.incrementAndGet();
        String tag = "t" + n + "x" + Long.toHexString(System.nanoTime());
        return tx.execute(status -> {
            ServiceId id = services.create("Test service " + tag, null);
            StaffId lead = staff.addAtSetUp(id, person(tag + "-lead", "Lena Lead", EnumSet.of(Role.SERVICE_LEAD), false, null,
                    LocalDate.of(2020, 1, 1)), false);
            services.setUnallocatedResponsible(id, lead);
            StaffId allocator = staff.addAtSetUp(id, person(tag + "-alloc", "Alex Allocator", EnumSet.of(Role.ALLOCATOR), false,
                    null, null), false);
            StaffId supervisor = staff.addAtSetUp(id, person(tag + "-super", "Sam Supervisor",
                    EnumSet.of(Role.SUPERVISOR, Role.PWP), false, null, LocalDate.of(2021, 3, 1)), false);
            GpPracticeId gp = patients.addPractice(id, "Y" + (10000 + n), "Test Surgery " + tag, null, null);
            return new TestService(this, id, tag, lead, allocator, supervisor, gp);
        });
    }

    StaffId pwp(TestService s, String name, boolean trainee) {
        return staff.addAtSetUp(s.id(), person(username(s, name), name, EnumSet.of(Role.PWP), trainee,
                s.supervisor(), null), false);
    }

    StaffId highIntensity(TestService s, String name) {
        return staff.addAtSetUp(s.id(), person(username(s, name), name,
                EnumSet.of(Role.HIGH_INTENSITY_THERAPIST), false, s.supervisor(), null), false);
    }

    StaffId member(TestService s, String name, Set<Role> roles) {
        return staff.addAtSetUp(s.id(), person(username(s, name), name, roles, false, null, null), false);
    }

    PatientId patient(TestService s, String given, String family) {
        return patients.register(s.id(), new PatientDetails(nextNhsNumber(), given, family, LocalDate.of(1985, 3, 27),
                Gender.FEMALE, s.gp(), null, null, null, null, null), s.lead());
    }

    ReferralId referral(TestService s, PatientId patient, LocalDate received) {
        return referrals.receive(s.id(), patient, new ReferralDetails(received, ReferralSource.B1, null,
                "Low mood and worry for six months", null), s.allocator());
    }

    /** The user name a fixture gives a person: the service's tag and the name, lower case, letters only. */
    public static String username(TestService s, String name) {
        return s.tag() + "-" + name.toLowerCase(java.util.Locale.UK).replaceAll("[^a-z]", "");
    }

    /** A valid NHS number in the test range (999 …) that no other test has used in this run. */
    public static NhsNumber nextNhsNumber() {
        while (true) {
            String nine = "999" + String.format("%06d", NHS_SEQUENCE.incrementAndGet() % 1_000_000);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            return new NhsNumber(nine + (check == 11 ? 0 : check));
        }
    }

    private static NewStaff person(String username, String name, Set<Role> roles, boolean trainee, StaffId supervisor,
                                   LocalDate trainedOn) {
        return new NewStaff(username, name, null, PASSWORD, roles, trainee, supervisor, trainedOn);
    }
}
