package org.stepwise.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/** A practitioner's appointments between two dates, with patients' names, in one indexed query. */
@Service
public class Diary {

    private final JdbcClient jdbc;
    private final Clock clock;

    Diary(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appointments from the start of {@code from} to the end of {@code to}, in the service's time zone. */
    @Transactional(readOnly = true)
    public List<DiaryEntry> between(ServiceId service, StaffId practitioner, LocalDate from, LocalDate to) {
        ZonedDateTime start = from.atStartOfDay(clock.getZone());
        ZonedDateTime end = to.plusDays(1).atStartOfDay(clock.getZone());
        return jdbc.sql("select " + AppointmentRepository.COLUMNS + """
                        , p.given_name, p.family_name
                          from appointment a
                          join referral r on r.service_id = a.service_id and r.id = a.referral_id
                          join patient p on p.service_id = r.service_id and p.id = r.patient_id
                         where a.service_id = ? and a.practitioner_id = ? and a.starts_at >= ? and a.starts_at < ?
                         order by a.starts_at, a.id
                        """)
                .params(service.value(), practitioner.value(), Timestamp.from(start.toInstant()),
                        Timestamp.from(end.toInstant()))
                .query((rs, n) -> {
                    Appointment a = AppointmentRepository.map(rs, n);
                    ZonedDateTime at = a.startsAt().atZone(clock.getZone());
                    return new DiaryEntry(a, rs.getString("family_name").toUpperCase(Locale.UK) + ", "
                            + rs.getString("given_name"), at.toLocalDate(), at.toLocalTime());
                })
                .list();
    }
}
