package org.stepwise.casefile;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Renders a case chronology as a PDF document for a serious incident review or an inquest. */
@Component
class ChronologyPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    byte[] render(String title, String subtitle, List<ChronologyEntry> events) {
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                  body { font-family: sans-serif; font-size: 9pt; }
                  h1 { font-size: 14pt; margin: 0; } p.sub { color: #505a5f; margin: 2pt 0 10pt; }
                  table { width: 100%; border-collapse: collapse; }
                  th, td { text-align: left; vertical-align: top; border-bottom: 0.5pt solid #b1b4b6; padding: 3pt; }
                  th { border-bottom: 1pt solid #0b0c0c; }
                  @page { size: A4 landscape; margin: 15mm; @bottom-right { content: counter(page) " of " counter(pages); } }
                </style></head><body>
                """);
        html.append("<h1>").append(escape(title)).append("</h1><p class=\"sub\">").append(escape(subtitle))
                .append("</p><table><thead><tr><th>When</th><th>What</th><th>Detail</th><th>Who</th></tr></thead><tbody>");
        for (ChronologyEntry e : events) {
            html.append("<tr><td>").append(WHEN.format(e.at())).append("</td><td>")
                    .append(escape(e.kind().replace('_', ' ').toLowerCase(Locale.UK))).append("</td><td>")
                    .append(escape(e.detail())).append("</td><td>").append(escape(e.who())).append("</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder().useFastMode().withHtmlContent(html.toString(), null).toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the chronology", e);
        }
    }

    /** XHTML escaping: the renderer parses strict XML, and details are free text. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
