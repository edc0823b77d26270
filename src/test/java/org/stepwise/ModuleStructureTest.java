package org.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a module; modules use each other only through their public API, without cycles. */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(StepwiseApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyFeaturePackageIsAModule() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).contains(
                "organisation", "staff", "patient", "referral", "triage", "caseload", "responsibility", "security",
                "web", "shared", "platform", "home", "casefile", "contact", "discharge", "measures", "supervision", "risk", "audit",
                "outcomes", "dataset", "setup", "demo", "deprivation");
    }
}
