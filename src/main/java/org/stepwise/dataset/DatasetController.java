package org.stepwise.dataset;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.audit.AuditTrail;
import org.stepwise.audit.AuditedRecord;
import org.stepwise.security.SignedInStaff;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.Slice;
import org.stepwise.web.FormErrors;

/**
 * The service lead's page for the monthly national data set: choose a month, see what would fail, fix it, download
 * the extract and the report. Everything is read from the signed-in lead's own service.
 */
@Controller
@PreAuthorize("hasRole('SERVICE_LEAD')")
class DatasetController {

    private final DatasetExtract extract;
    private final DatasetValidation validation;
    private final AuditTrail audit;
    private final Clock clock;

    DatasetController(DatasetExtract extract, DatasetValidation validation, AuditTrail audit, Clock clock) {
        this.extract = extract;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/service/dataset")
    String index(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String month,
                 @RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        if (month == null && year == null) {
            LocalDate lastMonth = LocalDate.now(clock).minusMonths(1);
            return form(model, "" + lastMonth.getMonthValue(), "" + lastMonth.getYear(), FormErrors.none(), null, null);
        }
        FormErrors errors = new FormErrors();
        Optional<ReportingMonth> chosen = read(month, year, errors);
        if (chosen.isEmpty()) {
            return refused(response, model, month, year, errors);
        }
        return form(model, month, year, errors, chosen.get(), validation.counts(me.serviceId(), chosen.get()));
    }

    /** The extract streams into the response as it is read; nothing of it is kept on the server. */
    @GetMapping("/service/dataset/extract")
    String download(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String month,
                    @RequestParam(required = false) String year, Model model, HttpServletResponse response)
            throws IOException {
        FormErrors errors = new FormErrors();
        Optional<ReportingMonth> chosen = read(month, year, errors);
        if (chosen.isEmpty()) {
            return refused(response, model, month, year, errors);
        }
        ReportingMonth m = chosen.get();
        audit.recordExport(me.serviceId(), me.staffId(), null, AuditedRecord.of("DATASET_EXTRACT", m.key()),
                "National data set extract for " + m.label() + " downloaded");
        attachment(response, "application/zip", "talking-therapies-dataset-" + m.key() + ".zip");
        extract.write(me.serviceId(), m, response.getOutputStream());
        response.flushBuffer();
        return null;
    }

    @GetMapping("/service/dataset/problems")
    String problems(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String month,
                    @RequestParam(required = false) String year, @RequestParam(required = false) String problem,
                    @RequestParam(required = false) String after, Model model, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        Optional<ReportingMonth> chosen = read(month, year, errors);
        Optional<Problem> which = Problem.of(problem);
        if (chosen.isPresent() && which.isEmpty()) {
            errors.add("month", "Choose a problem from the list to see its records");
        }
        if (errors.any()) {
            response.setStatus(400);
            return form(model, month, year, errors, chosen.orElse(null),
                    chosen.map(m -> validation.counts(me.serviceId(), m)).orElse(null));
        }
        UUID cursor = parse(after);
        Slice<Finding> slice = validation.page(me.serviceId(), chosen.get(), which.get(), cursor);
        audit.recordList(me.serviceId(), me.staffId(), AuditedRecord.list("DATASET_VALIDATION"),
                slice.items().stream().map(f -> new PatientId(f.patient())).toList());
        model.addAttribute("month", chosen.get());
        model.addAttribute("problem", which.get());
        model.addAttribute("slice", slice);
        model.addAttribute("firstPage", cursor == null);
        return "dataset/problems";
    }

    @GetMapping("/service/dataset/problems.csv")
    String problemsCsv(@AuthenticationPrincipal SignedInStaff me, @RequestParam(required = false) String month,
                       @RequestParam(required = false) String year, Model model, HttpServletResponse response)
            throws IOException {
        FormErrors errors = new FormErrors();
        Optional<ReportingMonth> chosen = read(month, year, errors);
        if (chosen.isEmpty()) {
            return refused(response, model, month, year, errors);
        }
        ReportingMonth m = chosen.get();
        audit.recordExport(me.serviceId(), me.staffId(), null, AuditedRecord.of("DATASET_VALIDATION_CSV", m.key()),
                "National data set validation report for " + m.label() + " downloaded");
        attachment(response, "text/csv;charset=UTF-8", "talking-therapies-dataset-problems-" + m.key() + ".csv");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        validation.writeCsv(me.serviceId(), m, out);
        out.flush();
        return null;
    }

    private Optional<ReportingMonth> read(String month, String year, FormErrors errors) {
        return ReportingMonth.read(month, year, LocalDate.now(clock), errors);
    }

    /** The form again with what was wrong, as a 400: a refused download is a page, never a broken file. */
    private static String refused(HttpServletResponse response, Model model, String month, String year,
                                  FormErrors errors) {
        response.setStatus(400);
        return form(model, month, year, errors, null, null);
    }

    private static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }

    private static String form(Model model, String month, String year, FormErrors errors, ReportingMonth chosen,
                               Map<Problem, Long> counts) {
        model.addAttribute("monthText", month == null ? "" : month);
        model.addAttribute("yearText", year == null ? "" : year);
        model.addAttribute("errors", errors);
        model.addAttribute("chosen", chosen);
        model.addAttribute("counts", counts);
        return "dataset/index";
    }

    private static UUID parse(String after) {
        try {
            return after == null || after.isBlank() ? null : UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
