package org.stepwise.demo;

import java.time.Duration;
import java.util.List;
import org.stepwise.shared.ServiceId;

/** What a demo run wrote, and how long it took. */
public record DemoSummary(List<ServiceId> services, long patients, long referrals, long rows, Duration took) {

    public DemoSummary {
        services = List.copyOf(services);
    }

    public long rowsPerSecond() {
        return took.toMillis() == 0 ? rows : rows * 1000 / took.toMillis();
    }
}
