package org.stepwise.measures;

import java.util.ArrayList;
import java.util.List;

/**
 * The questionnaires to offer first at a session: PHQ-9, the anxiety measure the problem descriptor pairs with it
 * (GAD-7 when there is no disorder-specific measure), and WSAS (domain-reference §8: the disability measure for
 * every row). GAD-7 stays on the list beside an ADSM because it is the back-up when the ADSM is missing.
 */
final class Recommended {

    private Recommended() {
    }

    static List<InstrumentCode> forDescriptor(String descriptor) {
        List<InstrumentCode> list = new ArrayList<>(List.of(InstrumentCode.PHQ9));
        AnxietyMeasurePairing.standard().adsmFor(descriptor).ifPresent(list::add);
        list.add(InstrumentCode.GAD7);
        list.add(InstrumentCode.WSAS);
        return list;
    }
}
