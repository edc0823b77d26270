package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.measures.TestAnswers.decimal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AnxietyMeasurePairingTest {

    private static final List<BigDecimal> PAIRED = List.of(decimal("20"), decimal("10"));
    private static final List<BigDecimal> ONE_SCORE = List.of(decimal("20"));

    // NHS England's list: F400 AgoraAlone, F401 SocialPhobia, F410 PanicDisorder, F42% OCD, F431 PTSD,
    // F452 AnxietyInventory. Dots, case and spaces do not matter.
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "F40.0, MI_ALONE", "F400, MI_ALONE", "' f40.0 ', MI_ALONE",
            "F40.1, SPIN",
            "F41.0, PDSS",
            "F42, OCI_R", "F42.0, OCI_R", "F42.1, OCI_R", "F42.9, OCI_R",
            "F43.1, PCL5",
            "F45.2, HAI"})
    void descriptorsWithAnAdsm(String descriptor, InstrumentCode adsm) {
        assertThat(AnxietyMeasurePairing.standard().adsmFor(descriptor)).contains(adsm);
    }

    @ParameterizedTest(name = "{0} has no ADSM")
    @NullAndEmptySource
    @ValueSource(strings = {"F41.1", "F41.2", "F40.2", "F32", "F33", "F43.2", "F43.10", "83482000", "F45.20"})
    void descriptorsWithoutAnAdsm(String descriptor) {
        assertThat(AnxietyMeasurePairing.standard().adsmFor(descriptor)).isEmpty();
    }

    @Test
    void ptsdUsesTheConfiguredMeasure() {
        assertThat(new AnxietyMeasurePairing(InstrumentCode.IES_R).adsmFor("F43.1")).contains(InstrumentCode.IES_R);
        assertThat(AnxietyMeasurePairing.standard().ptsdMeasure()).isEqualTo(InstrumentCode.PCL5);
    }

    @Test
    void onlyPcl5OrIesRCanBeThePtsdMeasure() {
        assertThatThrownBy(() -> new AnxietyMeasurePairing(InstrumentCode.SPIN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPairedAdsmReplacesGad7() {
        AnxietyPairing pairing = AnxietyMeasurePairing.standard().choose("F40.1",
                Map.of(InstrumentCode.SPIN, PAIRED, InstrumentCode.GAD7, PAIRED));
        assertThat(pairing).isEqualTo(new AnxietyPairing(InstrumentCode.SPIN, AnxietyPairing.Basis.ADSM,
                InstrumentCode.SPIN));
        assertThat(pairing.usesAdsm()).isTrue();
    }

    @Test
    void anAdsmWithOneScoreFallsBackToGad7() {
        AnxietyPairing pairing = AnxietyMeasurePairing.standard().choose("F41.0",
                Map.of(InstrumentCode.PDSS, ONE_SCORE, InstrumentCode.GAD7, PAIRED));
        assertThat(pairing).isEqualTo(new AnxietyPairing(InstrumentCode.GAD7, AnxietyPairing.Basis.GAD7_FALLBACK,
                InstrumentCode.PDSS));
    }

    @Test
    void aMissingAdsmFallsBackToGad7() {
        assertThat(AnxietyMeasurePairing.standard().choose("F45.2", Map.of()).basis())
                .isEqualTo(AnxietyPairing.Basis.GAD7_FALLBACK);
    }

    @Test
    void anAdsmThatDoesNotMatchTheDescriptorIsIgnored() {
        // GAD as descriptor: a paired SPIN (perhaps from screening) does not replace GAD-7.
        AnxietyPairing pairing = AnxietyMeasurePairing.standard().choose("F41.1",
                Map.of(InstrumentCode.SPIN, PAIRED, InstrumentCode.GAD7, PAIRED));
        assertThat(pairing).isEqualTo(new AnxietyPairing(InstrumentCode.GAD7, AnxietyPairing.Basis.GAD7, null));
    }

    @Test
    void ptsdCountsOnlyTheConfiguredMeasureThenGad7() {
        // PCL-5 configured but only IES-R is paired: GAD-7, not IES-R (one ADSM per descriptor, chosen in advance).
        AnxietyPairing pairing = AnxietyMeasurePairing.standard().choose("F43.1",
                Map.of(InstrumentCode.PCL5, ONE_SCORE, InstrumentCode.IES_R, PAIRED, InstrumentCode.GAD7, PAIRED));
        assertThat(pairing).isEqualTo(new AnxietyPairing(InstrumentCode.GAD7, AnxietyPairing.Basis.GAD7_FALLBACK,
                InstrumentCode.PCL5));
    }
}
