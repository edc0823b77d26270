package org.stepwise.supervision;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** Reading and changing a service's agenda settings; only the service lead may change them. */
@Service
public class AgendaSettingsService {

    private final AgendaSettingsStore store;
    private final Clock clock;

    AgendaSettingsService(AgendaSettingsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AgendaSettings settings(ServiceId service) {
        return store.get(service);
    }

    @Transactional
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    public void change(ServiceId service, AgendaSettings changed, int expectedVersion, StaffId by) {
        store.save(service, changed, expectedVersion, by, clock.instant());
    }
}
