package org.stepwise.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.shared.ServiceId;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.Role;

/**
 * The access policy, in one place: role plus a legitimate relationship with the case.
 * <ul>
 *   <li>A service lead sees the whole service.</li>
 *   <li>A practitioner sees the cases they hold or held responsibility for; a supervisor their supervisees'.</li>
 *   <li>Whoever triages sees referrals waiting for triage or on a waiting list, and the cases they allocated until
 *       they are taken on.</li>
 *   <li>Administrative staff and allocators see who people are and when they are seen, never clinical detail
 *       outside those relationships.</li>
 *   <li>Emergency access opens one patient's record for a few hours, with a reason the service lead reviews.</li>
 * </ul>
 * Records of another service are "not found", so nobody learns they exist. Relationships are read from the
 * {@code case_link} view, the one contract between this policy and the modules that hold cases.
 */
@Service
public class CaseAccess {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseAccess(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public void requireReferral(SignedInStaff me, ReferralId referral, Need need) {
        CaseFacts facts = jdbc.sql("select patient_id, status from referral where service_id = ? and id = ?")
                .params(me.serviceId().value(), referral.value())
                .query((rs, n) -> new CaseFacts(new PatientId(rs.getObject("patient_id", UUID.class)),
                        rs.getString("status")))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such referral"));
        if (mayReadReferral(me, referral, facts, need)) {
            return;
        }
        deny(me, facts.patient());
    }

    /**
     * The service-layer check: every service method that reads or changes a case calls this. With a signed-in
     * person (every web and API request) the policy applies in full, and a record of another service is "not found"
     * whatever the caller passed in; internal work with nobody signed in (the demo loader, scheduled jobs) runs as
     * the system.
     */
    @Transactional(readOnly = true)
    public void guardReferral(ServiceId service, ReferralId referral, Need need) {
        Optional<SignedInStaff> me = current();
        if (me.isPresent()) {
            sameService(me.get(), service);
            requireReferral(me.get(), referral, need);
        }
    }

    @Transactional(readOnly = true)
    public void guardPatient(ServiceId service, PatientId patient, Need need) {
        Optional<SignedInStaff> me = current();
        if (me.isPresent()) {
            sameService(me.get(), service);
            requirePatient(me.get(), patient, need);
        }
    }

    public static Optional<SignedInStaff> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInStaff me ? Optional.of(me) : Optional.empty();
    }

    private static void sameService(SignedInStaff me, ServiceId service) {
        if (!me.serviceId().equals(service)) {
            throw new NotFoundException("No such record");
        }
    }

    /** Whether the need is met, for pages that show a part of a record only to those who may see it. */
    @Transactional(readOnly = true)
    public boolean allows(SignedInStaff me, ReferralId referral, Need need) {
        try {
            requireReferral(me, referral, need);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Whether the person may see clinical detail at all, whatever the relationship. */
    public static boolean clinical(SignedInStaff me) {
        return !clericalOnly(me);
    }

    @Transactional(readOnly = true)
    public void requirePatient(SignedInStaff me, PatientId patient, Need need) {
        boolean exists = jdbc.sql("select exists (select 1 from patient where service_id = ? and id = ?)")
                .params(me.serviceId().value(), patient.value()).query(Boolean.class).single();
        if (!exists) {
            throw new NotFoundException("No such patient");
        }
        if (me.has(Role.SERVICE_LEAD) || (need == Need.DEMOGRAPHICS && seesAllDemographics(me))
                || linkedToPatient(me, patient) || breakGlassActive(me, patient)
                || (need == Need.DEMOGRAPHICS && registeredAndNotYetReferred(me, patient))) {
            if (need == Need.CLINICAL && clericalOnly(me)) {
                throw new AccessDeniedException("Clinical information is for clinical staff.");
            }
            return;
        }
        deny(me, patient);
    }

    /** The appointment's referral, checked for the need; administrative staff may handle bookings. */
    @Transactional(readOnly = true)
    public void requireAppointment(SignedInStaff me, UUID appointment, Need need) {
        UUID referral = jdbc.sql("select referral_id from appointment where service_id = ? and id = ?")
                .params(me.serviceId().value(), appointment).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("No such appointment"));
        requireReferral(me, new ReferralId(referral), need);
    }

    /** Of these patients, the ones whose names this person may see in a search result. */
    @Transactional(readOnly = true)
    public Set<PatientId> visiblePatients(SignedInStaff me, Collection<PatientId> patients) {
        if (patients.isEmpty() || me.has(Role.SERVICE_LEAD) || seesAllDemographics(me)) {
            return Set.copyOf(patients);
        }
        UUID[] ids = patients.stream().map(PatientId::value).toArray(UUID[]::new);
        Set<PatientId> visible = new HashSet<>(jdbc.sql("""
                        select distinct patient_id from case_link
                         where service_id = ? and staff_id = ? and patient_id = any(?)
                        union
                        select patient_id from break_glass
                         where service_id = ? and staff_id = ? and expires_at > ? and patient_id = any(?)
                        """)
                .params(me.serviceId().value(), me.staffId().value(), ids, me.serviceId().value(),
                        me.staffId().value(), Timestamp.from(clock.instant()), ids)
                .query((rs, n) -> new PatientId(rs.getObject(1, UUID.class)))
                .list());
        return visible;
    }

    private boolean mayReadReferral(SignedInStaff me, ReferralId referral, CaseFacts facts, Need need) {
        if (need == Need.CLINICAL && clericalOnly(me)) {
            throw new AccessDeniedException("Clinical information is for clinical staff.");
        }
        if (me.has(Role.SERVICE_LEAD)) {
            return true;
        }
        if (need == Need.DEMOGRAPHICS && seesAllDemographics(me)) {
            return true;
        }
        boolean untriaged = facts.status().equals("AWAITING_TRIAGE") || facts.status().equals("WAITING");
        if (untriaged && triages(me)) {
            return true;
        }
        return jdbc.sql("select exists (select 1 from case_link where service_id = ? and referral_id = ? and staff_id = ?)")
                .params(me.serviceId().value(), referral.value(), me.staffId().value()).query(Boolean.class).single()
                || breakGlassActive(me, facts.patient());
    }

    private boolean linkedToPatient(SignedInStaff me, PatientId patient) {
        return jdbc.sql("select exists (select 1 from case_link where service_id = ? and patient_id = ? and staff_id = ?)")
                .params(me.serviceId().value(), patient.value(), me.staffId().value()).query(Boolean.class).single();
    }

    /** Whoever registers someone sees them until a referral gives them a care team. */
    private boolean registeredAndNotYetReferred(SignedInStaff me, PatientId patient) {
        return jdbc.sql("""
                        select exists (select 1 from patient p where p.service_id = ? and p.id = ? and p.created_by = ?
                                         and not exists (select 1 from referral r
                                                          where r.service_id = p.service_id and r.patient_id = p.id))
                        """)
                .params(me.serviceId().value(), patient.value(), me.staffId().value()).query(Boolean.class).single();
    }

    boolean breakGlassActive(SignedInStaff me, PatientId patient) {
        return jdbc.sql("""
                        select exists (select 1 from break_glass
                                        where service_id = ? and staff_id = ? and patient_id = ? and expires_at > ?)
                        """)
                .params(me.serviceId().value(), me.staffId().value(), patient.value(), Timestamp.from(clock.instant()))
                .query(Boolean.class).single();
    }

    /** Roles the service lets triage: they read untriaged referrals in full. */
    private boolean triages(SignedInStaff me) {
        String[] roles = jdbc.sql("select allocating_roles from service where id = ?").param(me.serviceId().value())
                .query((rs, n) -> (String[]) rs.getArray(1).getArray()).single();
        Set<String> mine = me.roles().stream().map(Role::name).collect(Collectors.toSet());
        return Arrays.stream(roles).anyMatch(mine::contains);
    }

    /** Administrative staff and allocators book, register and find people across the service. */
    private static boolean seesAllDemographics(SignedInStaff me) {
        return me.has(Role.ADMINISTRATOR) || me.has(Role.ALLOCATOR);
    }

    private static boolean clericalOnly(SignedInStaff me) {
        return me.roles().stream().allMatch(r -> r == Role.ADMINISTRATOR);
    }

    private void deny(SignedInStaff me, PatientId patient) {
        throw new RelationshipRequiredException(patient);
    }

    private record CaseFacts(PatientId patient, String status) {
    }

}
