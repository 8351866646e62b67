package org.attache.extract.source;

import java.util.Objects;
import java.util.function.Consumer;
import org.attache.api.Page;
import org.attache.api.SourceItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands items to the caller's sink and logs every skip in one place (bad input at WARN, items that are
 * not pages at DEBUG), so each reader only says what happened. Counts what it handed on, so that a file
 * that yields nothing at all can be reported. Not thread-safe, like the sources that use it.
 */
final class Emitter {
    private static final Logger LOG = LoggerFactory.getLogger(Sources.class);

    private final Consumer<? super SourceItem> sink;
    private long count;

    Emitter(Consumer<? super SourceItem> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    void loaded(Page page) {
        count++;
        sink.accept(new SourceItem.Loaded(page));
    }

    /** A whole file (or a record named in {@code source}) was skipped. */
    void skipped(String source, String reason) {
        skipped(source, 0, reason);
    }

    /** Line (or record) {@code line} of {@code source} was skipped; 0 means the whole source. */
    void skipped(String source, long line, String reason) {
        SourceItem.Skipped skipped = new SourceItem.Skipped(source, line, reason);
        LOG.warn("Skipped {}", skipped);
        count++;
        sink.accept(skipped);
    }

    /** A record of {@code source} that is not a page by nature (a WARC request record, a 404 response). */
    void notAPage(String source, String reason) {
        SourceItem.Skipped skipped = SourceItem.Skipped.notAPage(source, 0, reason);
        LOG.debug("Passed over {}", skipped);
        count++;
        sink.accept(skipped);
    }

    /** Items (pages and skips) handed on so far. */
    long count() {
        return count;
    }
}
