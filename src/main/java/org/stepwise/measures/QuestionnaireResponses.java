package org.stepwise.measures;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** SQL for questionnaire responses: written once, corrected only by a new response that names the old. */
@Repository
class QuestionnaireResponses {

    private static final TypeReference<Map<Integer, Integer>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    QuestionnaireResponses(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    UUID insert(ServiceId service, ReferralId referral, UUID appointment, Score score, LocalDate completedOn,
                String source, StaffId by, Instant at, UUID corrects, String reason) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into questionnaire_response (service_id, id, referral_id, appointment_id, instrument,
                               definition_version, answers, total, substituted_items, severity, at_caseness,
                               risk_item_raised, completed_on, source, entered_by, entered_at, corrects, correction_reason)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::integer[], ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(service.value(), id, referral.value(), appointment, score.instrument().name(),
                        score.definitionVersion(), json.writeValueAsString(score.answersInOrder()), score.total(),
                        score.missingItems().stream().map(String::valueOf).reduce((a, b) -> a + "," + b)
                                .map(s -> "{" + s + "}").orElse("{}"),
                        score.severity().map(SeverityBand::label).orElse(null), score.isCase(), score.riskFlagRaised(),
                        Date.valueOf(completedOn), source, by.value(), Timestamp.from(at), corrects, reason)
                .update();
        return id;
    }

    /** The current responses for a referral (corrected ones left out), in the order they were completed. */
    List<StoredScore> current(ServiceId service, ReferralId referral) {
        return jdbc.sql("""
                        select q.*, s.full_name
                          from questionnaire_response q
                          join staff s on s.service_id = q.service_id and s.id = q.entered_by
                         where q.service_id = ? and q.referral_id = ?
                           and not exists (select 1 from questionnaire_response c
                                            where c.service_id = q.service_id and c.corrects = q.id)
                         order by q.instrument, q.completed_on, q.entered_at
                        """)
                .params(service.value(), referral.value())
                .query(this::map)
                .list();
    }

    java.util.Optional<StoredScore> find(ServiceId service, UUID id) {
        return jdbc.sql("""
                        select q.*, s.full_name from questionnaire_response q
                          join staff s on s.service_id = q.service_id and s.id = q.entered_by
                         where q.service_id = ? and q.id = ?
                        """)
                .params(service.value(), id)
                .query(this::map)
                .optional();
    }

    ReferralId referralOf(ServiceId service, UUID id) {
        return new ReferralId(jdbc.sql("select referral_id from questionnaire_response where service_id = ? and id = ?")
                .params(service.value(), id).query(UUID.class).single());
    }

    boolean corrected(ServiceId service, UUID id) {
        return jdbc.sql("select exists (select 1 from questionnaire_response where service_id = ? and corrects = ?)")
                .params(service.value(), id).query(Boolean.class).single();
    }

    private StoredScore map(ResultSet rs, int row) throws SQLException {
        Integer[] substituted = (Integer[]) rs.getArray("substituted_items").getArray();
        return new StoredScore(
                rs.getObject("id", UUID.class),
                rs.getObject("appointment_id", UUID.class),
                InstrumentCode.valueOf(rs.getString("instrument")),
                rs.getString("definition_version"),
                new TreeMap<>(json.readValue(rs.getString("answers"), ANSWERS)),
                rs.getBigDecimal("total"),
                Arrays.asList(substituted),
                rs.getString("severity"),
                rs.getBoolean("at_caseness"),
                rs.getBoolean("risk_item_raised"),
                rs.getDate("completed_on").toLocalDate(),
                rs.getString("source"),
                rs.getString("full_name"),
                rs.getTimestamp("entered_at").toInstant(),
                rs.getObject("corrects", UUID.class),
                rs.getString("correction_reason"));
    }
}
