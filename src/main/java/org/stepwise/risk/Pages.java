package org.stepwise.risk;

import java.util.List;
import java.util.function.Function;
import org.stepwise.shared.Slice;

/** Keyset pages: a query asks for one row more than a page, which says whether there is a next page. */
final class Pages {

    private Pages() {
    }

    static <T> Slice<T> slice(List<T> rows, int size, Function<T, String> cursor) {
        if (rows.size() <= size) {
            return new Slice<>(rows, null);
        }
        List<T> shown = List.copyOf(rows.subList(0, size));
        return new Slice<>(shown, cursor.apply(shown.get(size - 1)));
    }
}
