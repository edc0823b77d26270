package org.stepwise.outcomes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** CSV dates and downloads; cells are {@link org.stepwise.web.CsvCells}. */
final class Csv {

    private Csv() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static ResponseEntity<byte[]> download(String filename, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
