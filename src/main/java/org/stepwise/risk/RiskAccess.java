package org.stepwise.risk;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.referral.Referral;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.staff.StaffDirectory;

/**
 * Who may see and record risk details — kept in this one class so that the service-wide access policy can take it
 * over. Administrators never see them. The service lead and whoever is on duty (the roles that run the front door)
 * see the whole service; otherwise the case's practitioner, their supervisor and whoever holds clinical
 * responsibility for it now.
 */
@Component
class RiskAccess {

    private final StaffDirectory staff;
    private final JdbcClient jdbc;

    RiskAccess(StaffDirectory staff, JdbcClient jdbc) {
        this.staff = staff;
        this.jdbc = jdbc;
    }

    static boolean clinician(SignedInStaff me) {
        return RiskRoles.clinical(me.roles());
    }

    static boolean onDuty(SignedInStaff me) {
        return clinician(me) && RiskRoles.coversDuty(me.roles());
    }

    void requireClinician(SignedInStaff me) {
        if (!clinician(me)) {
            throw new AccessDeniedException("Risk information is shown to clinical staff only.");
        }
    }

    void requireDuty(SignedInStaff me) {
        if (!onDuty(me)) {
            throw new AccessDeniedException("The duty view is for the service lead and the staff who cover duty.");
        }
    }

    boolean mayAct(SignedInStaff me, Referral referral) {
        if (!clinician(me)) {
            return false;
        }
        if (onDuty(me) || me.staffId().equals(referral.practitionerId())) {
            return true;
        }
        if (referral.practitionerId() != null
                && me.staffId().equals(staff.get(me.serviceId(), referral.practitionerId()).supervisorId())) {
            return true;
        }
        return holdsClinicalResponsibility(me, referral);
    }

    /** Read straight from the ledger's table: its API names holders, and names are not unique. */
    private boolean holdsClinicalResponsibility(SignedInStaff me, Referral referral) {
        return jdbc.sql("""
                        select exists (select 1 from responsibility_period
                                        where service_id = ? and referral_id = ? and kind = 'CLINICAL'
                                          and ended_at is null and staff_id = ?)
                        """)
                .params(me.serviceId().value(), referral.id().value(), me.staffId().value())
                .query(Boolean.class)
                .single();
    }

    void require(SignedInStaff me, Referral referral) {
        if (!mayAct(me, referral)) {
            throw new AccessDeniedException("Risk details are shown to the clinicians on this case, their supervisor, "
                    + "the duty team and the service lead.");
        }
    }
}
