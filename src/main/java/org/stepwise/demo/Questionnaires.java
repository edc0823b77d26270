package org.stepwise.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.stepwise.measures.InstrumentCatalogue;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.InstrumentDefinition;
import org.stepwise.measures.Score;
import org.stepwise.measures.Scoring;
import org.stepwise.measures.ScoringResult;
import org.stepwise.measures.SeverityBand;

/**
 * Questionnaires a clinician entered at a session, scored by the application's own scoring and
 * stored as MeasureService stores them; a PHQ-9 with question 9 above 0 raises its risk flag at once.
 */
final class Questionnaires {

    /** The demo service keeps Stepwise's shipped definitions: it has set none of its own. */
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.standard();

    private final DemoRows rows;
    private final Dice ids;
    private final UUID service;

    Questionnaires(DemoRows rows, Dice ids, UUID service) {
        this.rows = rows;
        this.ids = ids;
        this.service = service;
    }

    static InstrumentDefinition definition(InstrumentCode code) {
        return CATALOGUE.get(code);
    }

    Score record(UUID referral, UUID appointment, InstrumentCode code, Map<Integer, Integer> answers,
                 LocalDate completedOn, UUID by, Instant at) {
        InstrumentDefinition definition = definition(code);
        if (!(Scoring.score(definition, answers) instanceof ScoringResult.Scored scored)) {
            throw new IllegalStateException("Demo answers for " + code + " were refused: " + answers);
        }
        Score score = scored.score();
        UUID id = ids.uuid();
        rows.questionnaire.add(service, id, referral, appointment, code.name(), score.definitionVersion(),
                json(score.answersInOrder()), score.total(), array(score), score.severity().map(SeverityBand::label)
                        .orElse(null), score.isCase(), score.riskFlagRaised(), completedOn, "CLINICIAN", by, at,
                null, null);
        if (score.riskFlagRaised() && definition.riskItem() != null) {
            rows.riskFlag.add(service, ids.uuid(), referral, "PHQ9_ITEM9",
                    "PHQ-9 question 9 (thoughts of being better off dead or of self-harm) answered "
                            + answers.get(definition.riskItem()) + " of 3: a risk assessment is needed",
                    id, by, at, org.stepwise.risk.RiskSeeding.defaultReviewDue(at, java.time.ZoneId.of("Europe/London")));
        }
        return score;
    }

    private static String json(Map<Integer, Integer> answers) {
        StringBuilder s = new StringBuilder("{");
        answers.forEach((item, answer) -> s.append(s.length() > 1 ? "," : "").append('"').append(item).append("\":")
                .append(answer));
        return s.append('}').toString();
    }

    private static String array(Score score) {
        StringBuilder s = new StringBuilder("{");
        for (Integer item : score.missingItems()) {
            s.append(s.length() > 1 ? "," : "").append(item);
        }
        return s.append('}').toString();
    }
}
