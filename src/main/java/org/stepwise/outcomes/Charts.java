package org.stepwise.outcomes;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.stepwise.caseload.PractitionerCapacity;
import org.stepwise.measures.Rate;
import tools.jackson.databind.ObjectMapper;

/** Turns the reports into chart data; percentages on small denominators are left out, as in the tables. */
@Component
class Charts {

    private final ObjectMapper json;

    Charts(ObjectMapper json) {
        this.json = json;
    }

    String waitingStandards(List<ReportRow> months) {
        return write(new ChartData("line", labels(months), "% of those finishing a course", 100, List.of(
                percentages("Started treatment within 6 weeks", months, Counts::withinSixWeeks),
                percentages("Started treatment within 18 weeks", months, Counts::withinEighteenWeeks),
                line("6-week standard (" + Standards.SIX_WEEKS_TARGET_PERCENT + "%)", months.size(),
                        Standards.SIX_WEEKS_TARGET_PERCENT),
                line("18-week standard (" + Standards.EIGHTEEN_WEEKS_TARGET_PERCENT + "%)", months.size(),
                        Standards.EIGHTEEN_WEEKS_TARGET_PERCENT))));
    }

    String outcomes(List<ReportRow> months) {
        return write(new ChartData("line", labels(months), "%", 100, List.of(
                percentages("Recovery", months, Counts::recovery),
                percentages("Reliable recovery", months, Counts::reliableRecovery),
                percentages("Reliable improvement", months, Counts::reliableImprovement),
                line("Recovery standard (" + Standards.RECOVERY_TARGET_PERCENT + "%)", months.size(),
                        Standards.RECOVERY_TARGET_PERCENT))));
    }

    String caseloads(List<PractitionerCapacity> practitioners) {
        return write(new ChartData("bar", practitioners.stream().map(PractitionerCapacity::name).toList(),
                "Open cases", null, List.of(
                        new ChartData.Series("Open cases", practitioners.stream().map(PractitionerCapacity::openCases)
                                .toList(), false),
                        new ChartData.Series("Cap", practitioners.stream().map(PractitionerCapacity::cap).toList(),
                                true))));
    }

    String missedAppointments(List<DnaMonth> months) {
        return write(new ChartData("line", months.stream().map(DnaMonth::label).toList(),
                "% of appointments not attended", 100, List.of(new ChartData.Series("Did not attend",
                        months.stream().map(m -> RateText.percentOrNull(m.rate())).toList(), false))));
    }

    /** The counts of the flow table, month by month: small numbers are shown, as they are counts, not rates. */
    String flow(List<ReportRow> months) {
        return write(new ChartData("bar", labels(months), "Referrals", null, List.of(
                counts("Referrals received", months, Figures.RECEIVED),
                counts("Entered treatment", months, Figures.ENTERING_TREATMENT))));
    }

    private static ChartData.Series counts(String label, List<ReportRow> rows, Figure figure) {
        return new ChartData.Series(label, rows.stream().map(r -> r.counts().of(figure)).toList(), false);
    }

    private static List<String> labels(List<ReportRow> rows) {
        return rows.stream().map(ReportRow::label).toList();
    }

    private static ChartData.Series percentages(String label, List<ReportRow> rows, Function<Counts, Rate> rate) {
        List<BigDecimal> values = rows.stream().map(r -> RateText.percentOrNull(rate.apply(r.counts()))).toList();
        return new ChartData.Series(label, values, false);
    }

    private static ChartData.Series line(String label, int points, int value) {
        return new ChartData.Series(label, Collections.nCopies(points, value), true);
    }

    /** JSON placed inside a script element: "<" is escaped so no value can close the element. */
    private String write(ChartData data) {
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }
}
