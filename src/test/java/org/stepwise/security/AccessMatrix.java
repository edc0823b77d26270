package org.stepwise.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The expected access table, read from {@code access-matrix.txt}. */
final class AccessMatrix {

    static final List<String> ROLES = List.of("PWP", "HIT", "SUPERVISOR", "ALLOCATOR", "SERVICE_LEAD", "ADMINISTRATOR");

    record Line(String method, String path, List<String> cells) {

        String endpoint() {
            return method + " " + path;
        }

        boolean isPublic() {
            return cells.size() == 1 && cells.get(0).equals("public");
        }

        boolean aboutACase() {
            return cells.stream().noneMatch(c -> c.equals("yes") || c.equals("no"));
        }

        /** Whether the role may reach it; for a case endpoint, on a case of that relationship. */
        boolean allows(String role, String relationship) {
            String cell = cells.get(ROLES.indexOf(role));
            if (relationship == null) {
                return cell.equals("yes");
            }
            return cell.equals("all") || Arrays.asList(cell.split(",")).contains(relationship);
        }
    }

    private final List<Line> lines;

    private AccessMatrix(List<Line> lines) {
        this.lines = lines;
    }

    static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/access-matrix.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Line> lines = new ArrayList<>();
            for (String raw : text.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                List<String> cells = List.of(parts).subList(2, parts.length);
                if (!(cells.size() == 1 && cells.get(0).equals("public")) && cells.size() != ROLES.size()) {
                    throw new IllegalStateException("access-matrix.txt: expected " + ROLES.size() + " cells in: " + line);
                }
                lines.add(new Line(parts[0], parts[1], cells));
            }
            return new AccessMatrix(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Line> lines() {
        return lines;
    }

    Set<String> endpoints() {
        return lines.stream().map(Line::endpoint).collect(Collectors.toSet());
    }
}
