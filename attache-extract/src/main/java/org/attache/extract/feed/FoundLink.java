package org.attache.extract.feed;

import java.util.Objects;

/**
 * A page a feed, sitemap or URL list points at, with what the list says about it. The title and date are only
 * hints: the page itself decides its fields.
 *
 * @param url       absolute http(s) URL of the page
 * @param title     the item's title in the list, or null
 * @param published the item's date in the list, ISO-8601, or null
 */
public record FoundLink(String url, String title, String published) {
    public FoundLink {
        Objects.requireNonNull(url, "url");
        title = title == null || title.isBlank() ? null : title.strip();
        published = published == null || published.isBlank() ? null : published.strip();
    }
}
