package org.stepwise.risk;

import java.time.LocalDate;
import org.springframework.boot.test.context.TestComponent;
import org.stepwise.TestService;
import org.stepwise.referral.ReferralService;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/** Cases for risk tests: a referral allocated to a practitioner, received a month ago. */
@TestComponent
class RiskCases {

    private final ReferralService referrals;
    private final StaffDirectory staff;

    RiskCases(ReferralService referrals, StaffDirectory staff) {
        this.referrals = referrals;
        this.staff = staff;
    }

    ReferralId allocated(TestService s, StaffId practitioner, String given, String family) {
        ReferralId id = s.newReferral(given, family, LocalDate.now().minusDays(30));
        referrals.allocate(s.id(), id, 0, 2, staff.get(s.id(), practitioner), null, s.allocator());
        return id;
    }
}
