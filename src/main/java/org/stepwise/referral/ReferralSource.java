package org.stepwise.referral;

import java.util.Arrays;
import java.util.Optional;

/** Source of referral (SourceOfReferralIAPT; domain-reference §3.2). */
public enum ReferralSource {
    A1("GP"), A2("Health visitor"), A3("Other primary health care"), A4("Maternity service"),
    B1("Self-referral"), B2("Carer or relative"),
    C1("Social services"), C2("Education service"), C3("Housing service"),
    D1("Employer"), D2("Employer: occupational health"),
    E1("Police"), E2("Courts"), E3("Probation service"), E4("Prison"), E5("Court liaison and diversion service"),
    E6("Youth offending team"),
    F1("School nurse"), F2("Hospital-based paediatrics"), F3("Community-based paediatrics"),
    G1("Independent sector: medium secure inpatients"), G2("Independent sector: low secure inpatients"),
    G3("Other independent sector mental health service"), G4("Voluntary sector"),
    H1("Acute secondary care: emergency department"), H2("Other secondary care specialty"),
    I1("Temporary transfer from another mental health trust"), I2("Permanent transfer from another mental health trust"),
    M1("Asylum services"), M2("Telephone or electronic access service"), M3("Out of area agency"),
    M4("Drug action team or drug misuse agency"), M5("Jobcentre Plus"), M6("Other service or agency"),
    M7("Single point of access service"), M8("Debt agency"),
    N1("Stepped up from low-intensity talking therapies"), N2("Stepped down from high-intensity talking therapies"),
    N4("Other NHS Talking Therapies service"),
    P1("Internal referral"), Q1("Mental health drop-in service");

    private final String label;

    ReferralSource(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public static Optional<ReferralSource> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
