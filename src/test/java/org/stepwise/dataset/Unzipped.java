package org.stepwise.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A downloaded extract, file by file, with each CSV read into rows keyed by the table's own field names. */
final class Unzipped {

    final Map<String, String> files = new LinkedHashMap<>();

    Unzipped(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /** The table's rows as field name to value; the extract's fields never hold a comma or a quote. */
    List<Map<String, String>> table(String name) {
        String text = files.get(name + ".csv");
        assertThat(text).as(name).isNotNull();
        assertThat(text).as("%s ends its lines with CRLF", name).endsWith("\r\n");
        List<String> lines = Arrays.asList(text.split("\r\n"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            assertThat(fields).as("%s row %s", name, line).hasSize(header.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i++) {
                row.put(header.get(i), fields[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    List<String> header(String name) {
        return Arrays.asList(files.get(name + ".csv").split("\r\n")[0].split(",", -1));
    }

    String everything() {
        return String.join("\n", files.values());
    }
}
