package org.stepwise.measures;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds the score charts for a referral: each measure's totals by session, its caseness line, and the band
 * of reliable change around the first score (outside it, change is reliable).
 */
@Component
public class ScoreCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final MeasureService measures;
    private final MeasureSettings settings;
    private final ObjectMapper json;
    private final ExpectedResponses expectedResponses;

    ScoreCharts(MeasureService measures, MeasureSettings settings, ObjectMapper json,
                ExpectedResponses expectedResponses) {
        this.expectedResponses = expectedResponses;
        this.measures = measures;
        this.settings = settings;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<ScoreChart> forReferral(ServiceId service, ReferralId referral) {
        InstrumentCatalogue catalogue = settings.catalogue(service);
        List<ScoreChart> charts = new ArrayList<>();
        ExpectedResponse expected = expectedResponses.forService(service);
        measures.scores(service, referral).forEach((code, scores) ->
                charts.add(chart(catalogue.get(code), scores, expected)));
        charts.sort(java.util.Comparator.comparing(c -> c.instrument().ordinal()));
        return charts;
    }

    ScoreChart chart(InstrumentDefinition definition, List<StoredScore> scores, ExpectedResponse expected) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            StoredScore s = scores.get(i);
            points.add(Map.of("label", (i + 1) + " · " + DAY.format(s.completedOn()), "total", s.total()));
        }
        BigDecimal first = scores.get(0).total();
        BigDecimal rci = definition.reliableChange();
        BigDecimal caseness = definition.casenessRule().cutOff()
                .filter(c -> !(definition.casenessRule() instanceof CasenessRule.AnyItemAtLeast)).orElse(null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("measure", definition.code().label());
        data.put("points", points);
        data.put("caseness", caseness);
        data.put("casenessLabel", definition.casenessRule().describe());
        data.put("reliableLow", rci == null ? null : first.subtract(rci).max(definition.lowestTotal()));
        data.put("reliableHigh", rci == null ? null : first.add(rci).min(definition.highestTotal()));
        data.put("min", definition.lowestTotal());
        data.put("max", definition.highestTotal());
        if (definition.code() == InstrumentCode.PHQ9 || definition.code() == InstrumentCode.GAD7) {
            // The upper edge of the expected response for people who started where this person did.
            List<BigDecimal> upper = new ArrayList<>();
            for (int session = 1; session <= scores.size(); session++) {
                upper.add(session == 1 ? null
                        : expected.boundary(definition.code().name(), first, session).orElse(first));
            }
            data.put("expectedLow", true);
            data.put("expectedHigh", upper);
        }
        ReliableChange change = scores.size() < 2 ? null
                : ReliableChange.between(definition, first, scores.get(scores.size() - 1).total());
        return new ScoreChart(definition.code(), definition.fullName(), scores, json.writeValueAsString(data),
                definition.casenessRule().describe(),
                rci == null ? "No reliable-change value is used for this measure"
                        : "A change of " + rci.stripTrailingZeros().toPlainString() + " or more from the first score is reliable",
                change);
    }
}
