package org.attache.api;

/** Where an article's publication date was read from. */
public enum DateProvenance {
    /** A field of the container record, e.g. JSONL {@code published}. */
    RECORD,
    /** An HTML {@code <meta>} tag such as {@code article:published_time}. */
    META,
    /** A JSON-LD {@code datePublished}. */
    JSON_LD,
    /** An HTML {@code <time>} element of the article. */
    TIME_ELEMENT,
    /** A date line printed near the headline or in the dateline. */
    VISIBLE_TEXT,
    /** A date embedded in the article's URL path. */
    URL,
    /** The date a feed or news sitemap gave the item, used only when the page itself prints none. */
    FEED
}
