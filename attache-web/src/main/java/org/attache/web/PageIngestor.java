package org.attache.web;

import java.util.List;

/**
 * Ingest through the API: what the server calls to run the whole pipeline (extract → annotate → resolve →
 * code → cluster → store) on one uploaded file. The application supplies it; the web module knows no stage.
 */
@FunctionalInterface
public interface PageIngestor {
    /**
     * @param name    the file's name; its extension tells the format (.html, .txt, .jsonl, .warc, optionally .gz)
     * @param content the file's bytes
     * @return what was stored, counted as {@code attache ingest} counts
     * @throws IllegalArgumentException when the name or content cannot be ingested (the message says why)
     */
    Summary ingest(String name, byte[] content);

    /** The outcome of one upload. */
    record Summary(long items, long stored, long exactDuplicates, long nearDuplicates, long alreadyPresent,
                   long skipped, List<String> skipExamples) {
        public Summary {
            skipExamples = List.copyOf(skipExamples);
        }
    }
}
