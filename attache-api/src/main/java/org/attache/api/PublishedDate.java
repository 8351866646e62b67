package org.attache.api;

import java.util.Objects;

/**
 * A date an article states about itself: when it was published, or when it was last modified.
 *
 * @param value      ISO-8601 at the precision printed: {@code 2025-01-07}, {@code 2025-01-07T10:16}
 *                   or {@code 2025-01-07T10:16:00+07:00}; a timestamp keeps the offset the page gives it, so
 *                   its first ten characters are the day as the page's own timezone has it
 * @param provenance where it was read from
 */
public record PublishedDate(String value, DateProvenance provenance) {
    public PublishedDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }
}
