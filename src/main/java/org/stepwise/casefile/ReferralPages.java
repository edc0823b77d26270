package org.stepwise.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.contact.Appointment;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.ReferralWaits;
import org.stepwise.contact.TreatmentCourse;
import org.stepwise.discharge.DischargeService;
import org.stepwise.discharge.Outcomes;
import org.stepwise.measures.ScoreCharts;
import org.stepwise.organisation.Services;
import org.stepwise.patient.Patient;
import org.stepwise.patient.Patients;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.referral.ReferralStatus;
import org.stepwise.responsibility.ResponsibilityLedger;
import org.stepwise.risk.CaseRiskReader;
import org.stepwise.risk.RiskSummaries;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.ReferralId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.triage.StepChangeService;

/**
 * Gathers the referral page from every module that holds part of the case, in one read-only transaction: the page
 * sees one consistent case, and it costs one connection checkout and one commit instead of one per module.
 */
@Service
class ReferralPages {

    private final ReferralService referrals;
    private final Patients patients;
    private final StaffDirectory staff;
    private final ResponsibilityLedger ledger;
    private final Services services;
    private final AppointmentService appointments;
    private final StepChangeService stepping;
    private final DischargeService discharge;
    private final ScoreCharts charts;
    private final RiskSummaries riskSummaries;
    private final CaseRiskReader risk;
    private final Outcomes outcomes;
    private final CaseAccess access;
    private final Clock clock;

    ReferralPages(ReferralService referrals, Patients patients, StaffDirectory staff, ResponsibilityLedger ledger,
                  Services services, AppointmentService appointments, StepChangeService stepping,
                  DischargeService discharge, ScoreCharts charts, Outcomes outcomes, RiskSummaries riskSummaries,
                  CaseRiskReader risk, CaseAccess access, Clock clock) {
        this.referrals = referrals;
        this.patients = patients;
        this.staff = staff;
        this.ledger = ledger;
        this.services = services;
        this.appointments = appointments;
        this.stepping = stepping;
        this.discharge = discharge;
        this.charts = charts;
        this.riskSummaries = riskSummaries;
        this.risk = risk;
        this.outcomes = outcomes;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReferralPage forReferral(SignedInStaff me, ReferralId referralId) {
        access.requireReferral(me, referralId, CaseAccess.clinical(me) ? Need.CLINICAL : Need.DEMOGRAPHICS);
        Referral referral = referrals.get(me.serviceId(), referralId);
        boolean clinical = CaseAccess.clinical(me);
        Patient patient = patients.get(me.serviceId(), referral.patientId());
        String practitioner = referral.practitionerId() == null ? null
                : staff.get(me.serviceId(), referral.practitionerId()).fullName();
        List<Appointment> contacts = appointments.forReferral(me.serviceId(), referral.id());
        // The course and its clocks come from the appointments just read: one query, and they always agree.
        TreatmentCourse course = appointments.course(contacts);
        LocalDate today = LocalDate.now(clock);
        boolean open = referral.status() == ReferralStatus.AWAITING_TRIAGE || referral.status() == ReferralStatus.WAITING;
        return new ReferralPage(referral, patient, practitioner,
                ledger.history(me.serviceId(), referral.id()),
                ledger.decisions(me.serviceId(), referral.id()),
                referrals.transitions(me.serviceId(), referral.id()),
                today,
                open && services.settings(me.serviceId()).mayAllocate(me.roles()),
                referral.status() == ReferralStatus.ALLOCATED && me.staffId().equals(referral.practitionerId()),
                (referral.status() == ReferralStatus.ALLOCATED || referral.status() == ReferralStatus.IN_TREATMENT)
                        && stepping.mayChangeStep(me.serviceId(), referral, me.staffId(), me.roles()),
                referral.status() != ReferralStatus.AWAITING_TRIAGE
                        && discharge.mayEnd(me.serviceId(), referral, me.staffId(), me.roles()),
                contacts,
                // Only the practitioners the appointments name: the whole staff list grows with the service.
                staff.names(me.serviceId(), contacts.stream().map(Appointment::practitionerId).toList()),
                course,
                ReferralWaits.of(referral.details().receivedDate(), referral.endedDate(), course, today),
                clinical ? charts.forReferral(me.serviceId(), referral.id()) : List.of(),
                clinical ? outcomes.find(me.serviceId(), referral.id()).orElse(null) : null,
                riskSummaries.forReferral(me.serviceId(), referral.id()),
                clinical ? risk.forReferral(me, referral).orElse(null) : null,
                clinical);
    }
}
