package org.stepwise.risk;

import java.util.List;
import java.util.Optional;
import org.stepwise.referral.EndingCode;

/**
 * The national ending code (data set v2.x, domain-reference §3.2) that matches ending a referral because the person
 * was referred on, chosen from the codes that fit the referral's history.
 *
 * <p>Code 13, "referred to another therapy service by mutual agreement", is the national code for it, but only for
 * someone seen and not taken on for a course of treatment. Once treatment has started there is no referred-on code;
 * the nearest is 48, treatment ended earlier than the person asked, because the clinician ended it to hand care to
 * another service. Someone never seen can only be ended with 50, not assessed, so nothing is suggested for them. It is
 * only a suggestion: the clinician confirms or changes it on the discharge page.
 */
public final class OnwardEnding {

    private OnwardEnding() {
    }

    public static Optional<EndingCode> suggest(List<EndingCode> offered) {
        if (offered.contains(EndingCode.REFERRED_ELSEWHERE)) {
            return Optional.of(EndingCode.REFERRED_ELSEWHERE);
        }
        if (offered.contains(EndingCode.ENDED_BY_PROFESSIONAL)) {
            return Optional.of(EndingCode.ENDED_BY_PROFESSIONAL);
        }
        return Optional.empty();
    }
}
