package org.stepwise.measures;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * A service's own values for thresholds the national reference leaves unverified, and item wording from its
 * licensed copies of questionnaires whose wording Stepwise does not ship.
 */
@Service
public class MeasureSettings {

    private static final TypeReference<Map<Integer, String>> WORDING = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    MeasureSettings(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** One instrument's settings as stored; absent values mean "use the definition's". */
    public record Setting(InstrumentCode instrument, BigDecimal cutOff, BigDecimal reliableChange,
                          Map<Integer, String> wording, int version) {

        static Setting none(InstrumentCode code) {
            return new Setting(code, null, null, Map.of(), -1);
        }
    }

    /** The standard catalogue with this service's values applied, each applied definition relabelled. */
    @Transactional(readOnly = true)
    public InstrumentCatalogue catalogue(ServiceId service) {
        InstrumentCatalogue catalogue = InstrumentCatalogue.standard();
        for (Setting s : stored(service).values()) {
            if (s.cutOff() != null || s.reliableChange() != null) {
                catalogue = catalogue.with(catalogue.get(s.instrument()).withOverrides(s.cutOff(), s.reliableChange()));
            }
        }
        return catalogue;
    }

    @Transactional(readOnly = true)
    public Setting setting(ServiceId service, InstrumentCode code) {
        return stored(service).getOrDefault(code, Setting.none(code));
    }

    @Transactional(readOnly = true)
    public Map<InstrumentCode, Setting> stored(ServiceId service) {
        Map<InstrumentCode, Setting> found = new HashMap<>();
        jdbc.sql("select * from measure_setting where service_id = ?")
                .param(service.value())
                .query(rs -> {
                    InstrumentCode code = InstrumentCode.valueOf(rs.getString("instrument"));
                    found.put(code, new Setting(code, rs.getBigDecimal("cut_off"), rs.getBigDecimal("reliable_change"),
                            new TreeMap<>(json.readValue(rs.getString("item_wording"), WORDING)), rs.getInt("version")));
                });
        return found;
    }

    /**
     * Saves the service's values; {@code expectedVersion} is -1 for an instrument never set before.
     * The definition checks the values, so an impossible cut-off is refused before anything is saved.
     */
    @Transactional
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    public void change(ServiceId service, InstrumentCode code, BigDecimal cutOff, BigDecimal reliableChange,
                       Map<Integer, String> wording, int expectedVersion, StaffId by) {
        InstrumentCatalogue.standard().get(code).withOverrides(cutOff, reliableChange);
        String words = json.writeValueAsString(new TreeMap<>(wording));
        Timestamp now = Timestamp.from(clock.instant());
        int updated = expectedVersion < 0
                ? jdbc.sql("""
                        insert into measure_setting (service_id, instrument, cut_off, reliable_change, item_wording,
                                                     changed_at, changed_by)
                        values (?, ?, ?, ?, ?::jsonb, ?, ?) on conflict do nothing
                        """)
                        .params(service.value(), code.name(), cutOff, reliableChange, words, now, by.value()).update()
                : jdbc.sql("""
                        update measure_setting set cut_off = ?, reliable_change = ?, item_wording = ?::jsonb,
                               version = version + 1, changed_at = ?, changed_by = ?
                         where service_id = ? and instrument = ? and version = ?
                        """)
                        .params(cutOff, reliableChange, words, now, by.value(), service.value(), code.name(),
                                expectedVersion).update();
        if (updated == 0) {
            throw new ConcurrentEditException("questionnaire's settings");
        }
    }

    static List<InstrumentCode> all() {
        return List.of(InstrumentCode.values());
    }
}
