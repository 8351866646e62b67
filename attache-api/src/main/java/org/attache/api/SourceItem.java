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
     * An input that could not be read as a page.
     *
     * @param source the file (and record) that was skipped
     * @param line   1-based line or record number inside the file, or 0 when the whole file is meant
     * @param reason a short, human-readable reason, e.g. "binary content", "truncated gzip"
     */
    record Skipped(String source, long line, String reason) implements SourceItem {
        public Skipped {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        /** "file:line: reason", or "file: reason" for a whole file. */
        @Override
        public String toString() {
            return (line > 0 ? source + ":" + line : source) + ": " + reason;
        }
    }
}
