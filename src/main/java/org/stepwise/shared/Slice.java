package org.stepwise.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list; {@code nextCursor} is null on the last page. */
public record Slice<T>(List<T> items, String nextCursor) {

    /**
     * The page shown from a query that asked for one row more than {@code size}: that extra row says whether there
     * is a next page, and the last row shown is where it starts.
     */
    public static <T> Slice<T> of(List<T> rows, int size, Function<T, String> cursor) {
        if (rows.size() <= size) {
            return new Slice<>(List.copyOf(rows), null);
        }
        List<T> shown = List.copyOf(rows.subList(0, size));
        return new Slice<>(shown, cursor.apply(shown.get(size - 1)));
    }

    public boolean hasNext() {
        return nextCursor != null;
    }
}
