package org.stepwise.measures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.contact.AppointmentId;
import org.stepwise.contact.AppointmentService;
import org.stepwise.referral.Referral;
import org.stepwise.referral.ReferralService;
import org.stepwise.risk.RiskFlags;
import org.stepwise.security.CaseAccess;
import org.stepwise.security.Need;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ReferralId;
import org.stepwise.shared.ServiceId;
import org.stepwise.shared.StaffId;

/**
 * Scores and stores questionnaires against a referral. A PHQ-9 with question 9 above 0 raises a risk flag in
 * the same transaction, even when the rest of the form has to be corrected first.
 */
@Service
public class MeasureService {

    private final QuestionnaireResponses responses;
    private final RiskFlags flags;
    private final MeasureSettings settings;
    private final ReferralService referrals;
    private final AppointmentService appointments;
    private final CaseAccess access;
    private final Clock clock;

    MeasureService(QuestionnaireResponses responses, RiskFlags flags, MeasureSettings settings,
                   ReferralService referrals, AppointmentService appointments, CaseAccess access, Clock clock) {
        this.access = access;
        this.responses = responses;
        this.flags = flags;
        this.settings = settings;
        this.referrals = referrals;
        this.appointments = appointments;
        this.clock = clock;
    }

    @Transactional
    public ScoringResult record(ServiceId service, ReferralId referralId, AppointmentId appointment,
                                InstrumentCode instrument, Map<Integer, Integer> answers, LocalDate completedOn,
                                StaffId by) {
        access.guardReferral(service, referralId, Need.CLINICAL);
        Referral referral = referrals.get(service, referralId);
        checkDate(referral, completedOn);
        if (appointment != null && !appointments.get(service, appointment).referralId().equals(referralId)) {
            throw new NotFoundException("No such appointment on this referral");
        }
        return save(service, referral, appointment == null ? null : appointment.value(), instrument, answers,
                completedOn, by, null, null);
    }

    /** Corrects a stored response with a new one that names it and says why; the original stays on record. */
    @Transactional
    public ScoringResult correct(ServiceId service, UUID responseId, Map<Integer, Integer> answers,
                                 LocalDate completedOn, String reason, StaffId by) {
        StoredScore original = responses.find(service, responseId)
                .orElseThrow(() -> new NotFoundException("No such questionnaire response"));
        if (responses.corrected(service, responseId)) {
            throw new DomainException("This response has already been corrected: correct the latest version");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("Say why the response is being corrected");
        }
        ReferralId referralId = referralOf(service, responseId);
        access.guardReferral(service, referralId, Need.CLINICAL);
        Referral referral = referrals.get(service, referralId);
        checkDate(referral, completedOn);
        return save(service, referral, original.appointmentId(), original.instrument(), answers, completedOn, by,
                responseId, reason.strip());
    }

    /** Current scores per questionnaire, each list in the order completed. */
    @Transactional(readOnly = true)
    public Map<InstrumentCode, List<StoredScore>> scores(ServiceId service, ReferralId referral) {
        access.guardReferral(service, referral, Need.CLINICAL);
        Map<InstrumentCode, List<StoredScore>> byMeasure = new LinkedHashMap<>();
        for (StoredScore s : responses.current(service, referral)) {
            byMeasure.computeIfAbsent(s.instrument(), k -> new java.util.ArrayList<>()).add(s);
        }
        return byMeasure;
    }

    /** The national outcome flags from the first and last paired scores (domain-reference §2 and §8). */
    @Transactional(readOnly = true)
    public ReferralOutcome outcome(ServiceId service, ReferralId referralId, int attendedTreatmentAppointments) {
        Referral referral = referrals.get(service, referralId);
        Map<InstrumentCode, List<StoredScore>> scores = scores(service, referralId);
        Map<InstrumentCode, List<BigDecimal>> anxiety = new EnumMap<>(InstrumentCode.class);
        scores.forEach((code, list) -> {
            if (code != InstrumentCode.PHQ9) {
                anxiety.put(code, list.stream().map(StoredScore::total).toList());
            }
        });
        List<BigDecimal> phq9 = scores.getOrDefault(InstrumentCode.PHQ9, List.of()).stream().map(StoredScore::total)
                .toList();
        return new OutcomeClassifier(settings.catalogue(service), AnxietyMeasurePairing.standard(),
                OutcomeClassifier.MixedChange.COUNT_AS_DETERIORATION)
                .classify(new EndedReferral(attendedTreatmentAppointments, phq9, anxiety,
                        referral.details().problemDescriptor()));
    }

    @Transactional(readOnly = true)
    public InstrumentDefinition definition(ServiceId service, InstrumentCode code) {
        return settings.catalogue(service).get(code);
    }

    private ScoringResult save(ServiceId service, Referral referral, UUID appointment, InstrumentCode instrument,
                               Map<Integer, Integer> answers, LocalDate completedOn, StaffId by, UUID corrects,
                               String reason) {
        InstrumentDefinition definition = settings.catalogue(service).get(instrument);
        ScoringResult result = Scoring.score(definition, answers);
        Instant now = clock.instant();
        UUID stored = null;
        if (result instanceof ScoringResult.Scored scored) {
            stored = responses.insert(service, referral.id(), appointment, scored.score(), completedOn, "CLINICIAN", by,
                    now, corrects, reason);
        }
        if (result.riskFlagRaised() && definition.riskItem() != null) {
            Integer answer = answers.get(definition.riskItem());
            flags.raiseFromQuestionnaire(service, referral.id(), stored, answer == null ? 0 : answer, by, now);
        }
        return result;
    }

    private ReferralId referralOf(ServiceId service, UUID responseId) {
        return responses.referralOf(service, responseId);
    }

    private void checkDate(Referral referral, LocalDate completedOn) {
        if (completedOn == null) {
            throw new DomainException("Enter the date the questionnaire was completed");
        }
        if (completedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("The date completed cannot be in the future");
        }
        if (completedOn.isBefore(referral.details().receivedDate())) {
            throw new DomainException("The date completed cannot be before the referral was received");
        }
    }
}
