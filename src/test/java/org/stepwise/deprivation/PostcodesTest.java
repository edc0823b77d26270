package org.stepwise.deprivation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostcodesTest {

    @ParameterizedTest(name = "\"{0}\" is written \"{1}\"")
    @CsvSource({
            "LS1 4AP, LS1 4AP", "ls1 4ap, LS1 4AP", "LS14AP, LS1 4AP", "' ls1   4ap ', LS1 4AP", "M1 1AE, M1 1AE",
            "m11ae, M1 1AE", "EC1A 1BB, EC1A 1BB", "ec1a1bb, EC1A 1BB", "YO10 3DD, YO10 3DD", "GIR 0AA, GIR 0AA"})
    void postcodesAreWrittenAsOnsWritesThemInPcds(String given, String pcds) {
        assertThat(Postcodes.normalise(given)).isEqualTo(pcds);
    }

    @ParameterizedTest(name = "\"{0}\" is not a postcode")
    @CsvSource({"''", "' '", "LS1", "LS1 4A", "LS1 AAP", "LS1 4APX", "ABCDE 1AA", "LS1-4AP"})
    void whatIsNotAPostcodeIsNull(String given) {
        assertThat(Postcodes.normalise(given)).isNull();
    }
}
