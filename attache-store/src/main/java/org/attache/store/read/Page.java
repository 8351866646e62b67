package org.attache.store.read;

import java.util.List;
import org.attache.store.sql.CacheWeighed;

/**
 * One page of a list read with cursors.
 *
 * @param items      up to the limit asked
 * @param nextCursor opaque cursor of the next page, or null when this page is the last
 */
public record Page<T>(List<T> items, String nextCursor) implements CacheWeighed {
    @Override
    public int records() {
        return items.size();
    }

    public Page {
        items = List.copyOf(items);
    }
}
