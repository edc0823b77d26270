package org.stepwise.outcomes;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stepwise.measures.Rate;
import org.stepwise.web.CsvCells;

/**
 * The dashboard's tables as CSV. They hold counts of referrals and staff names, never a patient, so downloading
 * them is not an export of patient data. Percentages follow the small-number rule ({@link RateText}).
 */
final class ReportCsv {

    enum Table { OUTCOMES, WAITS, CASELOADS, MISSED, FLOW;

        static Table of(String code) {
            for (Table t : values()) {
                if (t.name().equalsIgnoreCase(code)) {
                    return t;
                }
            }
            return null;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The parts of the report this table needs beyond those every report has. */
        Set<OutcomeReports.Part> parts() {
            return switch (this) {
                case CASELOADS -> EnumSet.of(OutcomeReports.Part.CASELOADS);
                case FLOW -> EnumSet.of(OutcomeReports.Part.FLOW);
                default -> EnumSet.noneOf(OutcomeReports.Part.class);
            };
        }
    }

    private ReportCsv() {
    }

    static String write(Table table, OutcomeReport report) {
        return switch (table) {
            case OUTCOMES -> outcomes(report);
            case WAITS -> waits(report);
            case CASELOADS -> caseloads(report);
            case MISSED -> missed(report);
            case FLOW -> flow(report);
        };
    }

    private static String outcomes(OutcomeReport report) {
        StringBuilder out = new StringBuilder("breakdown,value,ended,entered_treatment,finished,paired,"
                + "data_completeness_pct,caseness,not_caseness,recovered,recovery_denominator,recovery_pct,"
                + "reliably_recovered,reliable_recovery_pct,reliably_improved,reliable_improvement_pct,"
                + "reliably_deteriorated,reliable_deterioration_pct,no_reliable_change,within_6_weeks,"
                + "within_6_weeks_pct,within_18_weeks,within_18_weeks_pct\n");
        outcomeLine(out, "total", "All", report.ended().total());
        for (Dimension d : Dimension.values()) {
            for (ReportRow row : report.ended().by(d)) {
                outcomeLine(out, d.code(), row.label(), row.counts());
            }
        }
        return out.toString();
    }

    private static void outcomeLine(StringBuilder out, String breakdown, String value, Counts c) {
        out.append(breakdown).append(',').append(CsvCells.quoted(value));
        for (Object v : List.of(c.of(Figures.ENDED), c.of(Figures.ENTERED_TREATMENT), c.of(Figures.FINISHED),
                c.of(Figures.PAIRED), pct(c.dataCompleteness()), c.of(Figures.CASENESS), c.of(Figures.NOT_CASENESS),
                c.of(Figures.RECOVERED), c.recovery().denominator(), pct(c.recovery()),
                c.of(Figures.RELIABLY_RECOVERED), pct(c.reliableRecovery()), c.of(Figures.RELIABLY_IMPROVED),
                pct(c.reliableImprovement()), c.of(Figures.RELIABLY_DETERIORATED), pct(c.reliableDeterioration()),
                c.of(Figures.NO_RELIABLE_CHANGE), c.of(Figures.WITHIN_SIX_WEEKS), pct(c.withinSixWeeks()),
                c.of(Figures.WITHIN_EIGHTEEN_WEEKS), pct(c.withinEighteenWeeks()))) {
            out.append(',').append(v);
        }
        out.append('\n');
    }

    private static String waits(OutcomeReport report) {
        StringBuilder out = new StringBuilder("measure,band,referrals\n");
        for (Band band : Band.WAITS) {
            out.append("first_to_second_treatment,").append(CsvCells.quoted(band.label())).append(',')
                    .append(report.secondTreatments().of(Figures.secondTreatmentWait(band))).append('\n');
        }
        for (Band band : Band.WAITS) {
            out.append("waiting_for_assessment_now,").append(CsvCells.quoted(band.label())).append(',')
                    .append(report.open().of(Figures.awaitingAssessment(band))).append('\n');
        }
        for (Band band : Band.WAITS) {
            out.append("waiting_for_treatment_now,").append(CsvCells.quoted(band.label())).append(',')
                    .append(report.open().of(Figures.awaitingTreatment(band))).append('\n');
        }
        for (Band band : Band.NO_CONTACT) {
            out.append("open_with_no_contact,").append(CsvCells.quoted(band.label())).append(',')
                    .append(report.open().of(Figures.noContact(band))).append('\n');
        }
        return out.toString();
    }

    private static String caseloads(OutcomeReport report) {
        StringBuilder out = new StringBuilder("practitioner,step,trainee,open_cases,cap\n");
        for (CaseloadLine line : report.caseloads()) {
            out.append(CsvCells.quoted(line.capacity().name())).append(',').append(line.step()).append(',')
                    .append(line.capacity().trainee()).append(',').append(line.capacity().openCases()).append(',')
                    .append(line.capacity().cap()).append('\n');
        }
        return out.toString();
    }

    private static String missed(OutcomeReport report) {
        StringBuilder out = new StringBuilder("month,did_not_attend,expected,did_not_attend_pct\n");
        for (DnaMonth m : report.missed()) {
            out.append(m.month()).append(',').append(m.didNotAttend()).append(',').append(m.expected()).append(',')
                    .append(pct(m.rate())).append('\n');
        }
        return out.toString();
    }

    private static String flow(OutcomeReport report) {
        StringBuilder out = new StringBuilder("month,received,self_referrals,entered_treatment,"
                + "entered_within_6_weeks,entered_within_6_weeks_pct,entered_within_18_weeks,"
                + "entered_within_18_weeks_pct\n");
        for (ReportRow row : report.flow().months()) {
            flowLine(out, row.key(), row.counts());
        }
        flowLine(out, "total", report.flow().total());
        return out.toString();
    }

    private static void flowLine(StringBuilder out, String month, Counts c) {
        out.append(month);
        for (Object v : List.of(c.of(Figures.RECEIVED), c.of(Figures.SELF_REFERRALS), c.of(Figures.ENTERING_TREATMENT),
                c.of(Figures.ENTERING_WITHIN_SIX_WEEKS),
                pct(c.shareOf(Figures.ENTERING_WITHIN_SIX_WEEKS, Figures.ENTERING_TREATMENT)),
                c.of(Figures.ENTERING_WITHIN_EIGHTEEN_WEEKS),
                pct(c.shareOf(Figures.ENTERING_WITHIN_EIGHTEEN_WEEKS, Figures.ENTERING_TREATMENT)))) {
            out.append(',').append(v);
        }
        out.append('\n');
    }

    private static String pct(Rate rate) {
        BigDecimal p = RateText.percentOrNull(rate);
        return p == null ? "" : p.toPlainString();
    }
}
