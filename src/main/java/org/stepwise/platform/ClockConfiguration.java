package org.stepwise.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Domain code takes time from this clock, so tests can fix it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /**
     * Instants are stored in UTC whatever the zone; the zone decides what "today" is, which matters
     * for clinical dates (a referral received at 00:30 BST is received that day, not the day before).
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${stepwise.time-zone:Europe/London}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
