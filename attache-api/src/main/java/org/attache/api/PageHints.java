package org.attache.api;

/**
 * Metadata that came with a page from its container rather than from its own bytes, such as the
 * fields of a JSONL record. Every field is nullable; a null means the container did not say.
 *
 * @param outlet    the publishing outlet as the record names it
 * @param title     the headline as the record gives it
 * @param published the publication time as the record gives it (ISO-8601 date or date-time)
 */
public record PageHints(String outlet, String title, String published) {
    /** No hints at all: the page must speak for itself. */
    public static final PageHints NONE = new PageHints(null, null, null);
}
