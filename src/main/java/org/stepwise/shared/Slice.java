package org.stepwise.shared;

import java.util.List;

/** One page of a keyset-paginated list; {@code nextCursor} is null on the last page. */
public record Slice<T>(List<T> items, String nextCursor) {

    public boolean hasNext() {
        return nextCursor != null;
    }
}
