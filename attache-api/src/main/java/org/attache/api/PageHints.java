package org.attache.api;

/**
 * Metadata that came with a page from its container rather than from its own bytes, such as the
 * fields of a JSONL record or the entry of a feed. Every field is nullable; a null means the container did
 * not say.
 *
 * <p>A record's {@code title} and {@code published} are the record's own fields and are taken as given. A
 * feed's or sitemap's are only hints about a page fetched from the web, whose own page decides:
 * {@code feedTitle} is used only when the page prints no headline, and {@code feedPublished} only when it
 * prints no date (with {@link DateProvenance#FEED}).
 *
 * @param outlet        the publishing outlet as the record or the watched source names it
 * @param title         the headline as the record gives it
 * @param published     the publication time as the record gives it (ISO-8601 date or date-time)
 * @param feedTitle     the item's title in the feed or news sitemap that listed the page
 * @param feedPublished the item's date in that feed or sitemap (ISO-8601 date or date-time)
 */
public record PageHints(String outlet, String title, String published, String feedTitle, String feedPublished) {
    /** No hints at all: the page must speak for itself. */
    public static final PageHints NONE = new PageHints(null, null, null, null, null);

    /** A container record's hints, without feed hints. */
    public PageHints(String outlet, String title, String published) {
        this(outlet, title, published, null, null);
    }

    /** Hints for a page a feed, sitemap or URL list pointed at: the source's outlet and the item's title and date. */
    public static PageHints fromFeed(String outlet, String feedTitle, String feedPublished) {
        return new PageHints(outlet, null, null, feedTitle, feedPublished);
    }
}
