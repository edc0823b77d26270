package org.stepwise.dataset;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.stepwise.shared.ServiceId;

/**
 * Which records of one service belong to one reporting month, written once for the extract and the validation
 * report alike.
 *
 * <p>A referral belongs if it was open at any point in the month (received on or before its last day, and not ended
 * before its first), or if it had a contact in the month, so that a follow-up after discharge (AppType 06) arrives
 * with the referral it belongs to. Contacts, onward referrals and questionnaires belong by their own date in the
 * month; a patient belongs through their referrals. The month in progress ends at the moment of extraction, so a
 * contact booked for later in the month is not reported before it happens.
 */
record MonthScope(ServiceId service, ReportingMonth month, ZoneId zone, Instant now) {

    /** The lowest uuid in PostgreSQL's order: a scan with no cursor starts here. */
    static final UUID FIRST = new UUID(0, 0);

    static final String INCLUDED_REFERRALS = """
            with included as (
                select r.id, r.patient_id
                  from referral r
                 where r.service_id = :service
                   and ((r.received_date <= :lastDay and (r.ended_date is null or r.ended_date >= :firstDay))
                        or exists (select 1 from appointment a
                                    where a.service_id = r.service_id and a.referral_id = r.id
                                      and a.starts_at >= :from and a.starts_at < :to)))
            """;

    Instant from() {
        return month.startsAt(zone);
    }

    Instant to() {
        return month.endsBefore(zone, now);
    }

    MapSqlParameterSource params() {
        return new MapSqlParameterSource()
                .addValue("service", service.value())
                .addValue("firstDay", month.firstDay())
                .addValue("lastDay", month.lastDay())
                .addValue("from", Timestamp.from(from()))
                .addValue("to", Timestamp.from(to()))
                .addValue("zone", zone.getId())
                .addValue("instruments", DatasetCodes.codedInstruments());
    }

    MapSqlParameterSource params(UUID after) {
        return params().addValue("after", after == null ? FIRST : after);
    }
}
