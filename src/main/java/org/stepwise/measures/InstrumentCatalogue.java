package org.stepwise.measures;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The definitions a service scores with: Stepwise's standard set, with any definitions the service has replaced by
 * its own settings ({@link InstrumentDefinition#withOverrides}). Immutable; {@link #with} returns a new catalogue.
 */
public final class InstrumentCatalogue {

    private final Map<InstrumentCode, InstrumentDefinition> definitions;

    private InstrumentCatalogue(Map<InstrumentCode, InstrumentDefinition> definitions) {
        this.definitions = definitions;
    }

    /** Every instrument as Stepwise ships it. */
    public static InstrumentCatalogue standard() {
        EnumMap<InstrumentCode, InstrumentDefinition> all = new EnumMap<>(InstrumentCode.class);
        Stream.of(CoreMeasures.phq9(), CoreMeasures.gad7(), CoreMeasures.wsas(), CoreMeasures.phobiaScales(),
                        AnxietyDisorderMeasures.mobilityInventoryAlone(),
                        AnxietyDisorderMeasures.mobilityInventoryAccompanied(), AnxietyDisorderMeasures.spin(),
                        AnxietyDisorderMeasures.pdss(), AnxietyDisorderMeasures.ociR(), AnxietyDisorderMeasures.pcl5(),
                        AnxietyDisorderMeasures.iesR(), AnxietyDisorderMeasures.healthAnxietyInventory())
                .forEach(d -> all.put(d.code(), d));
        if (all.size() != InstrumentCode.values().length) {
            throw new IllegalStateException("Every instrument code needs a definition");
        }
        return new InstrumentCatalogue(all);
    }

    public InstrumentDefinition get(InstrumentCode code) {
        return definitions.get(code);
    }

    /** This catalogue with one definition replaced, for example by a service's own cut-off. */
    public InstrumentCatalogue with(InstrumentDefinition replacement) {
        EnumMap<InstrumentCode, InstrumentDefinition> copy = new EnumMap<>(definitions);
        copy.put(replacement.code(), replacement);
        return new InstrumentCatalogue(copy);
    }

    public Collection<InstrumentDefinition> all() {
        return List.copyOf(definitions.values());
    }
}
