package org.attache.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One fetched or read page, before extraction: its raw bytes plus where they came from.
 *
 * @param source          human-readable origin, e.g. a file path, {@code path.jsonl:17} or a WARC record; never null
 * @param recordId        the identifier the container gave the record (JSONL {@code id}), or null
 * @param url             the page's URL when known, or null
 * @param content         the raw bytes, not decoded; never null
 * @param kind            how to read the bytes
 * @param declaredCharset the charset declared by the container (HTTP header, JSON), or null
 * @param fetchedAt       when the bytes were fetched or read, or null when unknown
 * @param hints           metadata from the container; {@link PageHints#NONE} when there is none
 */
public record Page(String source, String recordId, String url, byte[] content, ContentKind kind,
                   String declaredCharset, Instant fetchedAt, PageHints hints) {
    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        hints = hints == null ? PageHints.NONE : hints;
    }
}
