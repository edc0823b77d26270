package org.stepwise.measures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pairing rule (domain-reference §1.2, §8): when the referral's problem descriptor has an anxiety disorder
 * specific measure (ADSM) and that measure has paired scores, it is used with PHQ-9 instead of GAD-7; otherwise
 * GAD-7 is. The descriptor-to-ADSM list follows NHS England's check for an "appropriate paired ADSM" (column
 * CountAppropriatePairedADSM: F400 AgoraAlone, F401 SocialPhobia, F410 PanicDisorder, F42% OCD, F431 PTSD, F452
 * AnxietyInventory), seen in nhsengland/Talking-Therapies' PDT inequalities and Social Personal Circumstance scripts
 * ({@code 2.11 Inequalities_Monthly_Region_Test_2.sql} lines 234–243 as domain-reference §8 cites it).
 */
public final class AnxietyMeasurePairing {

    private final InstrumentCode ptsdMeasure;

    /**
     * @param ptsdMeasure PCL5 or IES_R. The reference says IES-R was the 2018 measure and PCL-5 is used "now", but
     *                    the national change is unverified, so the service chooses.
     */
    public AnxietyMeasurePairing(InstrumentCode ptsdMeasure) {
        if (ptsdMeasure != InstrumentCode.PCL5 && ptsdMeasure != InstrumentCode.IES_R) {
            throw new IllegalArgumentException("The PTSD measure is PCL-5 or IES-R, not " + ptsdMeasure.label());
        }
        this.ptsdMeasure = ptsdMeasure;
    }

    /** PCL-5 for PTSD: the default, marked unverified in the reference. */
    public static AnxietyMeasurePairing standard() {
        return new AnxietyMeasurePairing(InstrumentCode.PCL5);
    }

    public InstrumentCode ptsdMeasure() {
        return ptsdMeasure;
    }

    /**
     * The ADSM for an ICD-10 problem descriptor ("F40.0" and "F400" alike), if it has one. Matching is exact as in
     * NHS England's SQL, except OCD where any F42 code counts ({@code LIKE 'F42%'}).
     */
    public Optional<InstrumentCode> adsmFor(String problemDescriptor) {
        if (problemDescriptor == null) {
            return Optional.empty();
        }
        String code = problemDescriptor.strip().toUpperCase(Locale.ROOT).replace(".", "");
        if (code.startsWith("F42")) {
            return Optional.of(InstrumentCode.OCI_R);
        }
        return Optional.ofNullable(switch (code) {
            case "F400" -> InstrumentCode.MI_ALONE;
            case "F401" -> InstrumentCode.SPIN;
            case "F410" -> InstrumentCode.PDSS;
            case "F431" -> ptsdMeasure;
            case "F452" -> InstrumentCode.HAI;
            default -> null;
        });
    }

    /**
     * Chooses the anxiety measure from the referral's ordered totals per measure.
     *
     * <p>For PTSD only the configured measure counts: if it is unpaired the referral falls back to GAD-7 even when
     * the other PTSD measure happens to be paired. NHS England's check accepts one ADSM per descriptor, and letting
     * whichever measure is paired count would let the choice vary patient by patient after the scores are known.
     */
    public AnxietyPairing choose(String problemDescriptor, Map<InstrumentCode, List<BigDecimal>> totals) {
        Optional<InstrumentCode> adsm = adsmFor(problemDescriptor);
        if (adsm.isEmpty()) {
            return new AnxietyPairing(InstrumentCode.GAD7, AnxietyPairing.Basis.GAD7, null);
        }
        if (isPaired(totals.get(adsm.get()))) {
            return new AnxietyPairing(adsm.get(), AnxietyPairing.Basis.ADSM, adsm.get());
        }
        return new AnxietyPairing(InstrumentCode.GAD7, AnxietyPairing.Basis.GAD7_FALLBACK, adsm.get());
    }

    /** Paired = a first and a last score from two different measurements, i.e. at least two totals. */
    static boolean isPaired(List<?> totals) {
        return totals != null && totals.size() >= 2;
    }
}
