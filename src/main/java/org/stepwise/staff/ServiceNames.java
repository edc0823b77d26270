package org.stepwise.staff;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.shared.ServiceId;

/**
 * The names a member of staff knows their service by, which a password must not contain: Stepwise,
 * and their own service's name. Read straight from the service table, because the organisation module
 * depends on this one and so cannot be asked.
 */
@Component
class ServiceNames {

    static final String PRODUCT = "Stepwise";

    private final JdbcClient jdbc;

    ServiceNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> of(ServiceId service) {
        return jdbc.sql("select name from service where id = ?").param(service.value()).query(String.class)
                .optional().map(name -> List.of(PRODUCT, name)).orElse(List.of(PRODUCT));
    }
}
