package org.stepwise.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** A chunk of demo rows for every table, sent parents first so each foreign key finds its row. */
final class DemoRows {

    final CopyTable service = new CopyTable("service", "id", "name", "ods_code", "time_zone", "allocating_roles",
            "triage_mode", "pwp_caseload_cap", "trainee_cap_percent", "hi_caseload_cap", "waiting_list_policy",
            "unallocated_responsible_id", "created_at");
    final CopyTable staff = new CopyTable("staff", "service_id", "id", "username", "full_name", "email",
            "password_hash", "roles", "trainee", "supervisor_id", "supervisor_training_date", "created_at");
    final CopyTable practice = new CopyTable("gp_practice", "service_id", "id", "ods_code", "name", "address",
            "phone", "created_at");
    final CopyTable patient = new CopyTable("patient", "service_id", "id", "nhs_number", "given_name", "family_name",
            "date_of_birth", "gender", "gp_practice_id", "address", "postcode", "phone", "email", "created_at",
            "created_by", "ethnic_category");
    final CopyTable referral = new CopyTable("referral", "service_id", "id", "patient_id", "received_date",
            "source_code", "referrer", "presenting_problem", "problem_descriptor", "status", "step", "practitioner_id",
            "waiting_since", "end_code", "ended_date", "version", "created_at", "created_by", "changed_at",
            "changed_by");
    final CopyTable transition = new CopyTable("referral_transition", "service_id", "id", "referral_id", "transition",
            "from_status", "to_status", "reason", "decided_by", "decided_at");
    final CopyTable triage = new CopyTable("triage_decision", "service_id", "id", "referral_id", "screening_outcome",
            "outcome", "step", "practitioner_id", "end_code", "reason", "cap_override_reason", "decided_by",
            "decided_at");
    final CopyTable responsibility = new CopyTable("responsibility_period", "service_id", "id", "referral_id", "kind",
            "staff_id", "gp_practice_id", "started_at", "ended_at", "reason", "recorded_by");
    final CopyTable decision = new CopyTable("decision", "service_id", "id", "referral_id", "kind", "summary",
            "decided_by", "decided_at");
    final CopyTable appointment = new CopyTable("appointment", "service_id", "id", "referral_id", "practitioner_id",
            "starts_at", "planned_minutes", "purpose", "mechanism", "attendance", "attended_minutes", "intervention",
            "cancellation_reason", "rebooked_from", "outcome_recorded_at", "outcome_recorded_by", "version",
            "created_at", "created_by", "changed_at", "changed_by");
    final CopyTable note = new CopyTable("session_note", "service_id", "id", "appointment_id", "referral_id",
            "author_id", "body", "signed_at");
    final CopyTable questionnaire = new CopyTable("questionnaire_response", "service_id", "id", "referral_id",
            "appointment_id", "instrument", "definition_version", "answers", "total", "substituted_items", "severity",
            "at_caseness", "risk_item_raised", "completed_on", "source", "entered_by", "entered_at", "corrects",
            "correction_reason");
    final CopyTable riskFlag = new CopyTable("risk_flag", "service_id", "id", "referral_id", "source", "detail",
            "response_id", "raised_by", "raised_at", "review_due_at");
    final CopyTable outcome = new CopyTable("referral_outcome", "service_id", "referral_id", "finished_treatment",
            "treatment_sessions", "anxiety_measure", "adsm_used", "paired", "caseness_at_start", "recovered",
            "reliable_improvement", "reliable_deterioration", "no_reliable_change", "reliable_recovery", "phq9_first",
            "phq9_last", "anxiety_first", "anxiety_last", "computed_at");

    final CopyTable supervisionSession = new CopyTable("supervision_session", "service_id", "id", "supervisor_id",
            "supervisee_id", "held_on", "signed_at");
    final CopyTable supervisionDiscussion = new CopyTable("supervision_discussion", "service_id", "id", "session_id",
            "referral_id", "reasons", "discussed", "discussion", "decision", "actions");

    private final List<CopyTable> parentsFirst = List.of(service, staff, practice, supervisionSession, patient,
            referral, transition, triage, responsibility, decision, appointment, note, questionnaire, riskFlag, outcome,
            supervisionDiscussion);

    /** Sets aside every row added so far for the next send, so the next chunk can be made while it goes. */
    void seal() {
        for (CopyTable table : parentsFirst) {
            table.seal();
        }
    }

    /** Sends the sealed rows on the connection of the caller's transaction. */
    void send(Connection connection) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (CopyTable table : parentsFirst) {
            table.send(copy);
        }
    }

    long written() {
        return parentsFirst.stream().mapToLong(CopyTable::written).sum();
    }

    long referralsWritten() {
        return referral.written();
    }

    long patientsWritten() {
        return patient.written();
    }
}
