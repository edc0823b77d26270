package org.stepwise.dataset;

import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ServiceId;

/** Reads the service's organisation code, name and zone for the header. */
@Component
class Submitters {

    private final JdbcClient jdbc;

    Submitters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Submitter of(ServiceId service) {
        return jdbc.sql("select ods_code, name, time_zone from service where id = ?")
                .param(service.value())
                .query((rs, n) -> new Submitter(rs.getString("ods_code"), rs.getString("name"),
                        ZoneId.of(rs.getString("time_zone"))))
                .optional().orElseThrow(() -> new NotFoundException("No such service"));
    }
}
