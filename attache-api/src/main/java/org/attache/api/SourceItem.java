package org.attache.api;

import java.util.Objects;

/** What a source yields for each input item: a page, or a skip with its reason. */
public sealed interface SourceItem {

    /** A page that was read. */
    record Loaded(Page page) implements SourceItem {
        public Loaded {
            Objects.requireNonNull(page, "page");
        }
    }

    /**
     * An input that was not read as a page: bad input (binary, truncated, malformed, over a cap) or, with
     * {@code fault} false, an item that is not a page by nature (a WARC request or metadata record, a
     * response that is not an HTML or text 200). Both are counted; only faults fail a {@code --strict} run.
     *
     * @param source the file (and record) that was skipped
     * @param line   1-based line or record number inside the file, or 0 when the whole file is meant
     * @param reason a short, human-readable reason, e.g. "binary content", "truncated gzip"
     * @param fault  true for bad input, false for an item that is simply not a page
     */
    record Skipped(String source, long line, String reason, boolean fault) implements SourceItem {
        public Skipped {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        /** A skip of bad input. */
        public Skipped(String source, long line, String reason) {
            this(source, line, reason, true);
        }

        /** A skip of an item that is not a page by nature, not a fault of the input. */
        public static Skipped notAPage(String source, long line, String reason) {
            return new Skipped(source, line, reason, false);
        }

        /** "file:line: reason", or "file: reason" for a whole file. */
        @Override
        public String toString() {
            return (line > 0 ? source + ":" + line : source) + ": " + reason;
        }
    }
}
