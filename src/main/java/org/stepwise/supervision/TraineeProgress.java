package org.stepwise.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Staff;
import org.stepwise.staff.StaffDirectory;

/** A trainee PWP's competencies signed off by their supervisor, and their mid-year and end-of-year reviews. */
@Service
public class TraineeProgress {

    /** A competency and, once signed off, by whom, when and on what evidence. */
    public record Competency(String code, String title, LocalDate signedOn, String evidence, String signedBy) {

        public boolean signedOff() {
            return signedOn != null;
        }
    }

    /** A mid-year or end-of-year review. */
    public record Review(String kind, LocalDate reviewedOn, String summary, String reviewedBy) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final Clock clock;

    TraineeProgress(JdbcClient jdbc, StaffDirectory staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Competency> competencies(ServiceId service, StaffId trainee) {
        return jdbc.sql("""
                        select c.code, c.title, o.signed_on, o.evidence, s.full_name
                          from competency c
                          left join competency_signoff o on o.service_id = c.service_id and o.competency_code = c.code
                                                        and o.trainee_id = ?
                          left join staff s on s.service_id = o.service_id and s.id = o.signed_by
                         where c.service_id = ? and (not c.retired or o.id is not null)
                         order by c.position, c.code
                        """)
                .params(trainee.value(), service.value())
                .query((rs, n) -> new Competency(rs.getString("code"), rs.getString("title"),
                        rs.getDate("signed_on") == null ? null : rs.getDate("signed_on").toLocalDate(),
                        rs.getString("evidence"), rs.getString("full_name")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Review> reviews(ServiceId service, StaffId trainee) {
        return jdbc.sql("""
                        select r.kind, r.reviewed_on, r.summary, s.full_name from trainee_review r
                          join staff s on s.service_id = r.service_id and s.id = r.reviewed_by
                         where r.service_id = ? and r.trainee_id = ? order by r.reviewed_on
                        """)
                .params(service.value(), trainee.value())
                .query((rs, n) -> new Review(rs.getString("kind"), rs.getDate("reviewed_on").toLocalDate(),
                        rs.getString("summary"), rs.getString("full_name")))
                .list();
    }

    @Transactional
    public void signOff(ServiceId service, StaffId supervisor, StaffId trainee, String competency, LocalDate on,
                        String evidence) {
        requireSupervisorOfTrainee(service, supervisor, trainee);
        checkDate(on);
        if (evidence == null || evidence.isBlank()) {
            throw new DomainException("Record the evidence for this competency");
        }
        try {
            int inserted = jdbc.sql("""
                            insert into competency_signoff (service_id, id, trainee_id, competency_code, signed_on, evidence,
                                                            signed_by, signed_at)
                            select ?, ?, ?, code, ?, ?, ?, ? from competency where service_id = ? and code = ?
                            """)
                    .params(service.value(), UUID.randomUUID(), trainee.value(), Date.valueOf(on), evidence.strip(),
                            supervisor.value(), Timestamp.from(clock.instant()), service.value(), competency)
                    .update();
            if (inserted == 0) {
                throw new DomainException("No such competency");
            }
        } catch (DuplicateKeyException e) {
            throw new DomainException("This competency is already signed off");
        }
    }

    @Transactional
    public void review(ServiceId service, StaffId supervisor, StaffId trainee, String kind, LocalDate on,
                       String summary) {
        requireSupervisorOfTrainee(service, supervisor, trainee);
        checkDate(on);
        if (!"MID_YEAR".equals(kind) && !"END_OF_YEAR".equals(kind)) {
            throw new DomainException("Choose the mid-year or the end-of-year review");
        }
        if (summary == null || summary.isBlank()) {
            throw new DomainException("Write the review");
        }
        try {
            jdbc.sql("""
                            insert into trainee_review (service_id, id, trainee_id, kind, reviewed_on, summary, reviewed_by,
                                                        signed_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(service.value(), UUID.randomUUID(), trainee.value(), kind, Date.valueOf(on), summary.strip(),
                            supervisor.value(), Timestamp.from(Instant.now(clock)))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DomainException("This review is already recorded");
        }
    }

    private void requireSupervisorOfTrainee(ServiceId service, StaffId supervisor, StaffId traineeId) {
        Staff trainee = staff.get(service, traineeId);
        if (!trainee.trainee()) {
            throw new DomainException(trainee.fullName() + " is not a trainee");
        }
        if (!supervisor.equals(trainee.supervisorId())) {
            throw new AccessDeniedException("Only " + trainee.fullName() + "'s supervisor signs off their competencies.");
        }
    }

    private void checkDate(LocalDate on) {
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("The date must be today or in the past");
        }
    }
}
