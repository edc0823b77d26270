package org.stepwise.dataset;

import static org.stepwise.dataset.MonthScope.INCLUDED_REFERRALS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The data set's tables that Stepwise holds data for, in the data set's own table and field names (domain-reference
 * §3.1; field spellings as in NHS Digital's IAPT v2.1 submission model). Each query reads one table of the month in
 * a stable order; every row goes straight to the zip as it is read.
 */
final class ExtractTables {

    private static final String CONTACTS_IN_MONTH = """
             where a.service_id = :service and a.starts_at >= :from and a.starts_at < :to
            """;
    private static final String LATEST_VERSION = """
               and not exists (select 1 from questionnaire_response c
                                where c.service_id = q.service_id and c.corrects = q.id)
            """;

    static final ExtractTable PATIENTS = new ExtractTable("IDS001MPI",
            List.of("LocalPatientId", "OrgIDLocalPatientId", "NHSNumber", "NHSNumberStatus", "PersonBirthDate",
                    "Gender", "EthnicCategory", "LanguageCodePreferred", "Postcode"),
            INCLUDED_REFERRALS + """
            select p.id, p.nhs_number, p.date_of_birth, p.gender, p.ethnic_category, p.postcode
              from patient p
             where p.service_id = :service and p.id in (select patient_id from included)
             order by p.id
            """,
            (rs, submitter, month) -> {
                List<String> row = new ArrayList<>();
                row.add(rs.getString("id"));
                row.add(submitter.organisation());
                row.addAll(DatasetCodes.nhsNumber(rs.getString("nhs_number")));
                row.add(DatasetCodes.date(date(rs, "date_of_birth")));
                row.add(DatasetCodes.gender(rs.getString("gender")));
                row.add(rs.getString("ethnic_category") == null ? "" : rs.getString("ethnic_category"));
                // Stepwise does not record a preferred language yet.
                row.add("");
                row.add(rs.getString("postcode") == null ? "" : rs.getString("postcode").strip().toUpperCase(java.util.Locale.UK));
                return row;
            });

    static final ExtractTable GP_PRACTICES = new ExtractTable("IDS002GP",
            List.of("LocalPatientId", "GMPCodeReg", "StartDateGMPRegistration", "EndDateGMPRegistration"),
            INCLUDED_REFERRALS + """
            select p.id, g.ods_code
              from patient p
              join gp_practice g on g.service_id = p.service_id and g.id = p.gp_practice_id
             where p.service_id = :service and p.id in (select patient_id from included)
             order by p.id
            """,
            (rs, submitter, month) -> List.of(rs.getString("id"), rs.getString("ods_code"), "", ""));

    static final ExtractTable REFERRALS = new ExtractTable("IDS101Referral",
            List.of("ServiceRequestId", "LocalPatientId", "OrgIDComm", "ReferralRequestReceivedDate",
                    "SourceOfReferralIAPT", "ServDischDate", "EndCode"),
            INCLUDED_REFERRALS + """
            select r.id, r.patient_id, r.received_date, r.source_code, r.ended_date, r.end_code
              from referral r
             where r.service_id = :service and r.id in (select id from included)
             order by r.id
            """,
            (rs, submitter, month) -> {
                List<String> row = new ArrayList<>();
                row.add(rs.getString("id"));
                row.add(rs.getString("patient_id"));
                // The commissioner is not recorded in Stepwise.
                row.add("");
                row.add(DatasetCodes.date(date(rs, "received_date")));
                row.add(DatasetCodes.sourceOfReferral(rs.getString("source_code")));
                row.addAll(DatasetCodes.ending(rs.getString("end_code"), date(rs, "ended_date"), month));
                return row;
            });

    static final ExtractTable ONWARD_REFERRALS = new ExtractTable("IDS105OnwardReferral",
            List.of("ServiceRequestId", "OnwardReferDate", "OnwardReferTime", "OnwardReferReason", "OrgIDReceiving"),
            INCLUDED_REFERRALS + """
            select o.id, o.referral_id, o.referred_at at time zone :zone as local_at
              from onward_referral o
             where o.service_id = :service and o.referred_at >= :from and o.referred_at < :to
               and o.referral_id in (select id from included)
             order by o.referred_at, o.id
            """,
            (rs, submitter, month) -> {
                LocalDateTime at = rs.getObject("local_at", LocalDateTime.class);
                // The receiving organisation is recorded by name, not by organisation code, and the reason in words.
                return List.of(rs.getString("referral_id"), DatasetCodes.date(at.toLocalDate()), DatasetCodes.time(at),
                        "", "");
            });

    static final ExtractTable CARE_CONTACTS = new ExtractTable("IDS201CareContact",
            List.of("CareContactId", "ServiceRequestId", "CareContDate", "CareContTime", "PlannedCareContIndicator",
                    "AttendOrDNACode", "ClinContDurOfCareCont", "AppType", "ConsMechanism"),
            """
            select a.id, a.referral_id, a.starts_at at time zone :zone as local_at, a.attendance, a.attended_minutes,
                   a.purpose, a.mechanism
              from appointment a
            """ + CONTACTS_IN_MONTH + " order by a.starts_at, a.id",
            (rs, submitter, month) -> {
                LocalDateTime at = rs.getObject("local_at", LocalDateTime.class);
                return List.of(rs.getString("id"), rs.getString("referral_id"), DatasetCodes.date(at.toLocalDate()),
                        DatasetCodes.time(at), DatasetCodes.PLANNED, DatasetCodes.attendance(rs.getString("attendance")),
                        DatasetCodes.minutes((Integer) rs.getObject("attended_minutes")),
                        DatasetCodes.appointmentType(rs.getString("purpose")),
                        DatasetCodes.consultationMechanism(rs.getString("mechanism")));
            });

    /** One care activity per attended contact: the therapy delivered, by whom, for how long. */
    static final ExtractTable CARE_ACTIVITIES = new ExtractTable("IDS202CareActivity",
            List.of("CareActId", "CareContactId", "CarePersLocalId", "ClinContactDurOfCareAct",
                    "CodeProcAndProcStatus"),
            """
            select a.id, a.practitioner_id, a.attended_minutes, a.intervention
              from appointment a
            """ + CONTACTS_IN_MONTH + " and a.attendance in ('5', '6') order by a.starts_at, a.id",
            (rs, submitter, month) -> List.of(rs.getString("id"), rs.getString("id"), rs.getString("practitioner_id"),
                    DatasetCodes.minutes((Integer) rs.getObject("attended_minutes")),
                    DatasetCodes.therapy(rs.getString("intervention"))));

    static final ExtractTable PRESENTING_COMPLAINTS = new ExtractTable("IDS603PresentingComplaints",
            List.of("ServiceRequestId", "FindSchemeInUse", "PresComp", "PresCompCodSig", "PresCompDate"),
            INCLUDED_REFERRALS + """
            select r.id, r.problem_descriptor
              from referral r
             where r.service_id = :service and r.id in (select id from included) and r.problem_descriptor is not null
             order by r.id
            """,
            (rs, submitter, month) -> List.of(rs.getString("id"), "",
                    DatasetCodes.presentingComplaint(rs.getString("problem_descriptor")), "", ""));

    /** Questionnaires completed in the month outside an attended contact of the month. */
    static final ExtractTable REFERRAL_ASSESSMENTS = new ExtractTable("IDS606CodedScoreAssessmentRefer",
            List.of("ServiceRequestId", "CodedAssToolType", "PersScore", "AssToolCompDate", "AssToolCompTime"),
            INCLUDED_REFERRALS + """
            select q.referral_id, q.instrument, q.total, q.completed_on
              from questionnaire_response q
             where q.service_id = :service and q.completed_on between :firstDay and :lastDay
               and q.instrument in (:instruments)
               and q.referral_id in (select id from included)
            """ + LATEST_VERSION + """
               and not exists (select 1 from appointment a
                                where a.service_id = q.service_id and a.id = q.appointment_id
                                  and a.attendance in ('5', '6') and a.starts_at >= :from and a.starts_at < :to)
             order by q.completed_on, q.id
            """,
            (rs, submitter, month) -> assessment(rs, rs.getString("referral_id")));

    /** Questionnaires completed at an attended contact of the month, linked to its care activity. */
    static final ExtractTable ACTIVITY_ASSESSMENTS = new ExtractTable("IDS607CodedScoreAssessmentAct",
            List.of("CareActId", "CodedAssToolType", "PersScore", "AssToolCompDate", "AssToolCompTime"),
            """
            select q.appointment_id, q.instrument, q.total, q.completed_on
              from questionnaire_response q
              join appointment a on a.service_id = q.service_id and a.id = q.appointment_id
            """ + CONTACTS_IN_MONTH + """
               and q.instrument in (:instruments) and a.attendance in ('5', '6')
            """ + LATEST_VERSION + " order by a.starts_at, q.id",
            (rs, submitter, month) -> assessment(rs, rs.getString("appointment_id")));

    /** In the order the files appear in the zip: people, then referrals, then what happened in them. */
    static final List<ExtractTable> ALL = List.of(PATIENTS, GP_PRACTICES, REFERRALS, ONWARD_REFERRALS, CARE_CONTACTS,
            CARE_ACTIVITIES, PRESENTING_COMPLAINTS, REFERRAL_ASSESSMENTS, ACTIVITY_ASSESSMENTS);

    private ExtractTables() {
    }

    private static List<String> assessment(ResultSet rs, String parent) throws SQLException {
        String tool = DatasetCodes.assessmentTool(rs.getString("instrument")).orElse("");
        // Only the completion date is recorded, not the time.
        return List.of(parent, tool, DatasetCodes.score(rs.getBigDecimal("total")),
                DatasetCodes.date(date(rs, "completed_on")), "");
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
