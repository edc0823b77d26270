package org.stepwise;

import java.time.LocalDate;
import java.util.Set;
import org.stepwise.shared.GpPracticeId;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** A service built for one test, with shortcuts to add people and referrals to it. */
public record TestService(Fixtures fixtures, ServiceId id, String tag, StaffId lead, StaffId allocator,
                          StaffId supervisor, GpPracticeId gp) {

    public String leadUsername() {
        return tag + "-lead";
    }

    public String allocatorUsername() {
        return tag + "-alloc";
    }

    public String supervisorUsername() {
        return tag + "-super";
    }

    /** The user name of someone added with {@link #pwp}, {@link #trainee}, {@link #highIntensity} or {@link #member}. */
    public String username(String name) {
        return Fixtures.username(this, name);
    }

    public StaffId pwp(String name) {
        return fixtures.pwp(this, name, false);
    }

    public StaffId trainee(String name) {
        return fixtures.pwp(this, name, true);
    }

    public StaffId highIntensity(String name) {
        return fixtures.highIntensity(this, name);
    }

    public StaffId member(String name, Set<Role> roles) {
        return fixtures.member(this, name, roles);
    }

    public PatientId patient(String given, String family) {
        return fixtures.patient(this, given, family);
    }

    public ReferralId referral(PatientId patient, LocalDate received) {
        return fixtures.referral(this, patient, received);
    }

    /** A patient with one referral received on the date, awaiting triage. */
    public ReferralId newReferral(String given, String family, LocalDate received) {
        return referral(patient(given, family), received);
    }
}
