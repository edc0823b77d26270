package org.stepwise.deprivation;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.stepwise.shared.DomainException;

/** Finding a file's columns by what their headers say, whatever their case and position. */
final class Headers {

    private Headers() {
    }

    static String plain(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The position of the one column whose header passes, or -1 when none does. */
    static int find(String file, List<String> header, Predicate<String> wanted, String what) {
        List<Integer> found = IntStream.range(0, header.size()).filter(i -> wanted.test(plain(header.get(i))))
                .boxed().toList();
        if (found.size() > 1) {
            throw new DomainException(file + ": more than one column could be " + what + " ("
                    + String.join(", ", found.stream().map(i -> "\"" + header.get(i) + "\"").toList()) + ")");
        }
        return found.isEmpty() ? -1 : found.get(0);
    }

    /** The position of the column with this exact name (in any case), or -1. */
    static int named(List<String> header, String name) {
        return IntStream.range(0, header.size()).filter(i -> plain(header.get(i)).equals(name)).findFirst()
                .orElse(-1);
    }
}
