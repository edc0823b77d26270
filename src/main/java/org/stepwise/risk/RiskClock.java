package org.stepwise.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.stepwise.organisation.Services;
import org.stepwise.shared.ServiceId;

/** Now, today and the rules, in the service's own time zone: deadlines end at midnight where the service works. */
@Component
class RiskClock {

    private final Clock clock;
    private final Services services;
    private final SettingsStore settings;

    RiskClock(Clock clock, Services services, SettingsStore settings) {
        this.clock = clock;
        this.services = services;
        this.settings = settings;
    }

    Instant now() {
        return clock.instant();
    }

    ZoneId zone(ServiceId service) {
        return services.settings(service).timeZone();
    }

    LocalDate today(ServiceId service) {
        return LocalDate.ofInstant(clock.instant(), zone(service));
    }

    RiskSettings settings(ServiceId service) {
        return settings.get(service);
    }

    FlagReviewRule flagRule(ServiceId service) {
        return settings.get(service).flagRule(zone(service));
    }
}
