package org.attache.api;

import java.util.function.Consumer;

/**
 * Source stage: streams the pages of some input to a sink, one at a time, so memory stays flat however
 * large the input. Unreadable items are passed on as {@link SourceItem.Skipped}; a source never throws
 * for one bad item. Implementations are not thread-safe: one reader per source.
 */
public interface PageSource {
    /** Reads every item of this source in order and hands each to {@code sink}. */
    void read(Consumer<? super SourceItem> sink);
}
