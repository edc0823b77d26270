package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.InstrumentDefinition;
import org.stepwise.measures.Item;
import org.stepwise.measures.ReliableChange;
import org.stepwise.measures.Score;
import org.stepwise.measures.Scoring;
import org.stepwise.measures.ScoringResult;
import org.stepwise.referral.ProblemDescriptor;

class DemoTrajectoryTest {

    /** Every measure the demo fills in: the core ones and the ADSM of each descriptor that has one. */
    private static final List<InstrumentCode> USED = List.of(InstrumentCode.PHQ9, InstrumentCode.GAD7,
            InstrumentCode.WSAS, InstrumentCode.MI_ALONE, InstrumentCode.SPIN, InstrumentCode.PDSS,
            InstrumentCode.OCI_R, InstrumentCode.PCL5, InstrumentCode.HAI);

    @Test
    void answersAreInRangeAndScoreWithoutBlanksAtEveryLevel() {
        Dice dice = new Dice(3);
        for (InstrumentCode code : USED) {
            InstrumentDefinition definition = Questionnaires.definition(code);
            for (double level = 0; level <= 3.0; level += 0.05) {
                Map<Integer, Integer> answers = ItemAnswers.at(definition, level, 0, 0, dice);
                assertThat(answers).hasSize(definition.items().size());
                for (Item item : definition.items()) {
                    assertThat(item.allows(answers.get(item.number()))).as("%s item %d", code, item.number()).isTrue();
                }
                Score score = score(code, answers);
                assertThat(score.missingItems()).isEmpty();
                assertThat(score.total()).isBetween(definition.lowestTotal(), definition.highestTotal());
            }
        }
    }

    @Test
    void questionNineStaysAtZeroUnlessGivenAndTheTotalMakesRoomForIt() {
        Dice dice = new Dice(4);
        InstrumentDefinition phq9 = Questionnaires.definition(InstrumentCode.PHQ9);
        for (int i = 0; i < 500; i++) {
            double level = dice.fraction() * 3;
            assertThat(ItemAnswers.at(phq9, level, 9, 0, dice).get(9)).isZero();
            Score flagged = score(InstrumentCode.PHQ9, ItemAnswers.at(phq9, level, 9, 2, dice));
            assertThat(flagged.answers().get(9)).isEqualTo(2);
            assertThat(flagged.riskFlagRaised()).isTrue();
        }
    }

    @Test
    void eachKindOfTrajectoryShowsItselfInTheScores() {
        Dice dice = new Dice(5);
        ProblemDescriptor[] themes = ProblemDescriptor.values();
        for (int i = 0; i < 4_000; i++) {
            Trajectory.Kind kind = Trajectory.Kind.values()[i % Trajectory.Kind.values().length];
            ProblemDescriptor theme = themes[(i / 5) % themes.length];
            Trajectory t = Trajectory.draw(kind, theme, dice);
            int sessions = dice.between(2, 17);
            for (InstrumentCode anxiety : List.of(InstrumentCode.GAD7, InstrumentCode.SPIN, InstrumentCode.MI_ALONE,
                    InstrumentCode.PCL5)) {
                Score phqFirst = at(InstrumentCode.PHQ9, t.depression(0, sessions) + wobble(dice), dice);
                Score phqLast = at(InstrumentCode.PHQ9, t.depression(sessions - 1, sessions) + wobble(dice), dice);
                Score anxFirst = at(anxiety, t.anxiety(0, sessions) + wobble(dice), dice);
                Score anxLast = at(anxiety, t.anxiety(sessions - 1, sessions) + wobble(dice), dice);
                boolean caseAtStart = phqFirst.isCase() || anxFirst.isCase();
                switch (kind) {
                    case IMPROVER -> assertThat(caseAtStart && !phqLast.isCase() && !anxLast.isCase())
                            .as("an improver recovers").isTrue();
                    case NON_RESPONDER -> assertThat(phqLast.isCase() || anxLast.isCase()).isTrue();
                    case DETERIORATOR -> assertThat(ReliableChange.between(Questionnaires.definition(
                            InstrumentCode.PHQ9), phqFirst.total(), phqLast.total()))
                            .isEqualTo(ReliableChange.DETERIORATED);
                    case BELOW_CASENESS -> assertThat(caseAtStart).isFalse();
                    case SLOW_RESPONDER -> assertThat(caseAtStart).isTrue();
                }
            }
        }
    }

    private static double wobble(Dice dice) {
        return (dice.fraction() * 2 - 1) * Trajectory.WOBBLE;
    }

    private static Score at(InstrumentCode code, double level, Dice dice) {
        return score(code, ItemAnswers.at(Questionnaires.definition(code), level, code == InstrumentCode.PHQ9 ? 9 : 0,
                0, dice));
    }

    private static Score score(InstrumentCode code, Map<Integer, Integer> answers) {
        ScoringResult result = Scoring.score(Questionnaires.definition(code), answers);
        assertThat(result).isInstanceOf(ScoringResult.Scored.class);
        return ((ScoringResult.Scored) result).score();
    }
}
