package org.attache.api;

import java.util.Objects;

/**
 * An article's publication date as the article itself states it.
 *
 * @param value      ISO-8601 at the precision printed: {@code 2025-01-07}, {@code 2025-01-07T10:16}
 *                   or {@code 2025-01-07T10:16:00Z}
 * @param provenance where it was read from
 */
public record PublishedDate(String value, DateProvenance provenance) {
    public PublishedDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }
}
