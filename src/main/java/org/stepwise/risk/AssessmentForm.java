package org.stepwise.risk;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.stepwise.web.DateInput;
import org.stepwise.web.FormErrors;

/**
 * The risk assessment form as typed: an answer and details for each area, then the clinician's own words. Each
 * area's answer is in the field named by {@link RiskArea#field()}, its details in that name plus "-detail".
 */
public final class AssessmentForm {

    private final Map<String, String> values;

    public AssessmentForm(Map<String, String> values) {
        this.values = new HashMap<>(values);
    }

    static AssessmentForm startingOn(LocalDate day) {
        return new AssessmentForm(Map.of("assessedDay", "" + day.getDayOfMonth(), "assessedMonth",
                "" + day.getMonthValue(), "assessedYear", "" + day.getYear()));
    }

    /** A correction starts from the assessment it corrects. */
    static AssessmentForm correcting(Assessment a) {
        Map<String, String> v = new HashMap<>(startingOn(a.assessedOn()).values);
        a.findings().forEach((area, f) -> {
            v.put(area.field(), f.answer().name());
            v.put(area.field() + "-detail", f.detail() == null ? "" : f.detail());
        });
        v.put("protectiveFactors", a.protectiveFactors());
        v.put("formulation", a.formulation());
        v.put("judgement", a.judgement());
        v.put("managementPlan", a.managementPlan());
        v.put("corrects", a.id().toString());
        return new AssessmentForm(v);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean correction() {
        return !value("corrects").isBlank();
    }

    Optional<NewAssessment> validate(FormErrors errors) {
        LocalDate on = DateInput.read(value("assessedDay"), value("assessedMonth"), value("assessedYear"),
                "assessedDay", "Date of the assessment", errors);
        Map<RiskArea, Assessment.Finding> findings = new EnumMap<>(RiskArea.class);
        for (RiskArea area : RiskArea.values()) {
            RiskArea.Answer answer = answer(value(area.field()));
            String detailField = area.field() + "-detail";
            String what = area.label().toLowerCase(java.util.Locale.UK);
            if (answer == null) {
                errors.add(area.field(), "Select yes, no or not known for " + what);
                continue;
            }
            String detail = answer == RiskArea.Answer.YES
                    ? Text.required(value(detailField), detailField, "Describe the " + what, Text.LONG, errors)
                    : Text.optional(value(detailField), detailField, Text.LONG, errors);
            findings.put(area, new Assessment.Finding(answer, detail));
        }
        String protective = Text.required(value("protectiveFactors"), "protectiveFactors",
                "Describe what protects the person, or say that none were found", Text.LONG, errors);
        String formulation = Text.required(value("formulation"), "formulation",
                "Write your formulation of the risk in your own words", Text.LONG, errors);
        String judgement = Text.required(value("judgement"), "judgement", "Record your clinical judgement",
                Text.LONG, errors);
        String plan = Text.required(value("managementPlan"), "managementPlan", "Write the management plan",
                Text.LONG, errors);
        if (correction()) {
            Text.required(value("reason"), "reason", "Say why the assessment is being corrected", Text.SHORT * 5,
                    errors);
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new NewAssessment(on, findings, protective, formulation, judgement, plan));
    }

    private static RiskArea.Answer answer(String text) {
        for (RiskArea.Answer a : RiskArea.Answer.values()) {
            if (a.name().equals(text)) {
                return a;
            }
        }
        return null;
    }
}
