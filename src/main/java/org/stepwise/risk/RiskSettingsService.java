package org.stepwise.risk;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Reading and changing a service's risk time limits; only the service lead may change them. */
@Service
class RiskSettingsService {

    private final SettingsStore store;
    private final RiskClock time;

    RiskSettingsService(SettingsStore store, RiskClock time) {
        this.store = store;
        this.time = time;
    }

    @Transactional(readOnly = true)
    RiskSettings settings(ServiceId service) {
        return store.get(service);
    }

    @Transactional
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    void change(ServiceId service, RiskSettings changed, int expectedVersion, StaffId by) {
        store.save(service, changed, expectedVersion, by, time.now());
    }
}
