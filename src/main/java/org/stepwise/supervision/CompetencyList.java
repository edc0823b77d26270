package org.stepwise.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.ConcurrentEditException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * The competencies a service expects of its trainee PWPs, kept by the service lead. A competency someone has been
 * signed off against keeps its wording, because the sign-off was for those words: it can be retired, never renamed
 * or removed.
 */
@Service
public class CompetencyList {

    static final int MAX_TITLE = 200;

    /** One competency as the lead sees it, with how many trainees have been signed off against it. */
    public record Line(String code, String title, int position, boolean retired, int signOffs, int version) {

        public boolean renamable() {
            return signOffs == 0;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CompetencyList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Line> all(ServiceId service) {
        return jdbc.sql("""
                        select c.code, c.title, c.position, c.retired, c.version,
                               (select count(*) from competency_signoff o
                                 where o.service_id = c.service_id and o.competency_code = c.code) as sign_offs
                          from competency c where c.service_id = ? order by c.retired, c.position, c.code
                        """)
                .param(service.value())
                .query((rs, n) -> new Line(rs.getString("code"), rs.getString("title"), rs.getInt("position"),
                        rs.getBoolean("retired"), rs.getInt("sign_offs"), rs.getInt("version")))
                .list();
    }

    @Transactional
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    public String add(ServiceId service, String title, StaffId by) {
        String text = checked(title);
        boolean taken = jdbc.sql("select exists (select 1 from competency where service_id = ? and lower(title) = lower(?))")
                .params(service.value(), text).query(Boolean.class).single();
        if (taken) {
            throw new DomainException("The list already has a competency called \"" + text + "\"");
        }
        String code = "C_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.sql("""
                        insert into competency (service_id, code, title, position, changed_at, changed_by)
                        select ?, ?, ?, coalesce(max(position), 0) + 1, ?, ? from competency where service_id = ?
                        """)
                .params(service.value(), code, text, Timestamp.from(clock.instant()), by.value(), service.value())
                .update();
        return code;
    }

    @Transactional
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    public void rename(ServiceId service, String code, int version, String title, StaffId by) {
        Line line = current(service, code, version);
        if (!line.renamable()) {
            throw new DomainException("\"" + line.title() + "\" has been signed off for a trainee, so its wording "
                    + "stays as it was: retire it and add the new wording instead");
        }
        change(service, code, version, "title = ?", checked(title), by);
    }

    @Transactional
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    public void retire(ServiceId service, String code, int version, boolean retired, StaffId by) {
        current(service, code, version);
        change(service, code, version, "retired = ?", retired, by);
    }

    /** Swaps a competency with its neighbour in the list trainees see. */
    @Transactional
    @PreAuthorize("hasRole('SERVICE_LEAD')")
    public void move(ServiceId service, String code, int version, boolean up, StaffId by) {
        List<Line> lines = all(service);
        Line line = current(lines, code, version);
        List<Line> active = lines.stream().filter(l -> !l.retired()).toList();
        int at = active.indexOf(line);
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= active.size()) {
            return;
        }
        Line neighbour = active.get(to);
        change(service, code, version, "position = ?", neighbour.position(), by);
        change(service, neighbour.code(), neighbour.version(), "position = ?", line.position(), by);
    }

    private Line current(ServiceId service, String code, int version) {
        return current(all(service), code, version);
    }

    private static Line current(List<Line> lines, String code, int version) {
        Line line = lines.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new DomainException("That competency is not on this service's list"));
        if (line.version() != version) {
            throw new ConcurrentEditException("competency \"" + line.title() + "\"");
        }
        return line;
    }

    private void change(ServiceId service, String code, int version, String set, Object value, StaffId by) {
        int changed = jdbc.sql("update competency set " + set + """
                        , version = version + 1, changed_at = ?, changed_by = ?
                         where service_id = ? and code = ? and version = ?
                        """)
                .params(value, Timestamp.from(clock.instant()), by.value(), service.value(), code, version)
                .update();
        if (changed == 0) {
            throw new ConcurrentEditException("competency list");
        }
    }

    private static String checked(String title) {
        String text = title == null ? "" : title.strip();
        if (text.isEmpty()) {
            throw new DomainException("Enter the competency");
        }
        if (text.length() > MAX_TITLE) {
            throw new DomainException("Keep the competency to " + MAX_TITLE + " characters");
        }
        return text;
    }
}
