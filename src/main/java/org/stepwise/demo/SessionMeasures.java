package org.stepwise.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stepwise.measures.InstrumentCode;
import org.stepwise.measures.Score;

/**
 * The questionnaires one person completes at each attended session: PHQ-9 and GAD-7 every time, the
 * disorder-specific measure where their difficulty has one, WSAS at the start and the end. Their
 * levels follow the person's trajectory; the answers add up to those levels.
 */
final class SessionMeasures {

    /** PHQ-9 question 9 when it is not 0: mostly "several days". */
    private static final int[] RISK_ANSWER_WEIGHTS = {75, 20, 5};

    /** What was completed at one session. */
    record Taken(Score phq9, Score gad7, Score anxietyMeasure, Score wsas, int riskAnswer) {
    }

    private final Questionnaires questionnaires;
    private final Dice dice;
    private final UUID referral;
    private final Trajectory trajectory;
    private final int sessions;
    private final InstrumentCode adsm;
    private final boolean adsmOnlyAtFirst;
    private final boolean askAboutRiskFirst;
    private final Map<InstrumentCode, List<BigDecimal>> totals = new EnumMap<>(InstrumentCode.class);

    /**
     * @param sessions         attended sessions the trajectory is spread over
     * @param adsm             the disorder-specific measure used, or null
     * @param askAboutRiskFirst the first PHQ-9 has question 9 above 0 whatever the trajectory
     */
    SessionMeasures(Questionnaires questionnaires, Dice dice, UUID referral, Trajectory trajectory, int sessions,
                    InstrumentCode adsm, boolean adsmOnlyAtFirst, boolean askAboutRiskFirst) {
        this.questionnaires = questionnaires;
        this.dice = dice;
        this.referral = referral;
        this.trajectory = trajectory;
        this.sessions = sessions;
        this.adsm = adsm;
        this.adsmOnlyAtFirst = adsmOnlyAtFirst;
        this.askAboutRiskFirst = askAboutRiskFirst;
    }

    /** Questionnaires at attended session {@code index} (0 is the first), entered in its first few minutes. */
    Taken take(int index, boolean withWsas, UUID appointment, Visit visit) {
        double depression = trajectory.depression(index, sessions) + wobble();
        double anxiety = trajectory.anxiety(index, sessions) + wobble();
        int risk = index == 0 && askAboutRiskFirst ? 1
                : trajectory.atRisk() && depression >= 1.3 ? 1 + dice.weighted(RISK_ANSWER_WEIGHTS) : 0;
        LocalDate on = Slots.day(visit.startsAt());
        UUID by = visit.recordedBy();
        Instant entered = visit.startsAt().plus(Duration.ofMinutes(dice.between(2, 8))).plusSeconds(dice.between(0, 59));
        Score phq9 = record(InstrumentCode.PHQ9, depression, 9, risk, appointment, on, by, entered);
        Score gad7 = record(InstrumentCode.GAD7, anxiety, 0, 0, appointment, on, by, entered.plusSeconds(70));
        Score specific = adsm != null && (index == 0 || !adsmOnlyAtFirst)
                ? record(adsm, anxiety, 0, 0, appointment, on, by, entered.plusSeconds(150)) : null;
        Score wsas = withWsas
                ? record(InstrumentCode.WSAS, (depression + anxiety) / 2, 0, 0, appointment, on, by,
                        entered.plusSeconds(230))
                : null;
        return new Taken(phq9, gad7, specific, wsas, risk);
    }

    /** Every total in the order completed, per measure, as the outcome reads them. */
    Map<InstrumentCode, List<BigDecimal>> totals() {
        return totals;
    }

    private Score record(InstrumentCode code, double level, int fixedItem, int fixedAnswer, UUID appointment,
                         LocalDate on, UUID by, Instant at) {
        Score score = questionnaires.record(referral, appointment, code,
                ItemAnswers.at(Questionnaires.definition(code), level, fixedItem, fixedAnswer, dice), on, by, at);
        totals.computeIfAbsent(code, c -> new ArrayList<>()).add(score.total());
        return score;
    }

    private double wobble() {
        return (dice.fraction() * 2 - 1) * Trajectory.WOBBLE;
    }
}
