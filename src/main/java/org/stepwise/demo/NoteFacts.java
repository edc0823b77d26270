package org.stepwise.demo;

import java.math.BigDecimal;
import org.stepwise.contact.ConsultationMechanism;
import org.stepwise.contact.Intervention;
import org.stepwise.measures.Score;
import org.stepwise.referral.ProblemDescriptor;

/**
 * What a practitioner knows when they write up a session: how it took place, what it was for, the
 * scores just entered and how they compare with last time.
 *
 * @param session       treatment sessions so far including this one; 0 for an assessment
 * @param anxietyMeasure the disorder-specific measure's score, or null when none was completed
 * @param previousPhq9  the PHQ-9 total at the last session, or null at the first
 * @param riskAnswer    PHQ-9 question 9
 * @param ending        what this session led to, if it was the last of something
 */
record NoteFacts(ConsultationMechanism mechanism, int step, int session, Intervention therapy, ProblemDescriptor theme,
                 Score phq9, Score gad7, Score anxietyMeasure, Score wsas, BigDecimal previousPhq9, int riskAnswer,
                 Ending ending) {

    enum Ending { NONE, COMPLETED, STEPPED_UP, NOT_CONTINUING }

    /** Better by at least two PHQ-9 points since last time: -1 better, 0 about the same, 1 worse. */
    int direction() {
        if (previousPhq9 == null) {
            return 0;
        }
        int change = phq9.total().compareTo(previousPhq9.add(BigDecimal.valueOf(2))) >= 0 ? 1
                : phq9.total().compareTo(previousPhq9.subtract(BigDecimal.valueOf(2))) <= 0 ? -1 : 0;
        return change;
    }

    String how() {
        return switch (mechanism) {
            case TELEPHONE -> "by telephone";
            case VIDEO -> "by video";
            case FACE_TO_FACE -> "face to face";
            default -> "(" + mechanism.label().toLowerCase(java.util.Locale.UK) + ")";
        };
    }

    /** "PHQ-9 14 (from 17), GAD-7 9, PDSS 12, WSAS 18." */
    String scores() {
        StringBuilder s = new StringBuilder("PHQ-9 ").append(plain(phq9.total()));
        if (previousPhq9 != null) {
            s.append(" (from ").append(plain(previousPhq9)).append(')');
        }
        s.append(", GAD-7 ").append(plain(gad7.total()));
        if (anxietyMeasure != null) {
            s.append(", ").append(anxietyMeasure.instrument().label()).append(' ').append(plain(anxietyMeasure.total()));
        }
        if (wsas != null) {
            s.append(", WSAS ").append(plain(wsas.total()));
        }
        return s.append('.').toString();
    }

    private static String plain(BigDecimal total) {
        return total.stripTrailingZeros().toPlainString();
    }
}
