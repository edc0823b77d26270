package org.stepwise.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.contact.AppointmentService;
import org.stepwise.contact.ReferralWaits;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;

/**
 * A referral's live waiting-time clocks, for any page that shows one referral. Reading it goes through the same
 * services (and so the same access checks) as the referral page.
 */
@Service
public class WaitingClocks {

    private final ReferralService referrals;
    private final AppointmentService appointments;
    private final Clock clock;

    WaitingClocks(ReferralService referrals, AppointmentService appointments, Clock clock) {
        this.referrals = referrals;
        this.appointments = appointments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReferralWaits forReferral(ServiceId service, ReferralId id) {
        Referral referral = referrals.get(service, id);
        return ReferralWaits.of(referral.details().receivedDate(), referral.endedDate(),
                appointments.course(service, id), LocalDate.now(clock));
    }
}
