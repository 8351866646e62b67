package org.attache.api;

/** Where an article's publication or modification date was read from. */
public enum DateProvenance {
    /** A field of the container record, e.g. JSONL {@code published}. */
    RECORD,
    /** An HTML {@code <meta>} tag such as {@code article:published_time} or Dublin Core {@code DC.date.issued}. */
    META,
    /** A JSON-LD {@code datePublished} or {@code dateModified}. */
    JSON_LD,
    /** Microdata on a page element: {@code itemprop="datePublished"} or {@code "dateModified"}. */
    MICRODATA,
    /** An HTML {@code <time>} element (or hAtom {@code published}) of the article's own header. */
    TIME_ELEMENT,
    /** Dublin Core {@code dc:date} in RDF embedded in the page. */
    RDF,
    /** A data object of a page script, such as {@code pubdate: "…"}. */
    SCRIPT,
    /** A date printed near the headline or byline, or in the dateline. */
    VISIBLE_TEXT,
    /** A date embedded in the article's URL path. */
    URL,
    /** The date a feed or news sitemap gave the item, used only when the page itself prints none. */
    FEED,
    /**
     * The page's markup, unseen by the reader: a date-named attribute of the article's elements or a timestamp
     * keyed in a page script; read only when the page states its date in no other way (the least trusted).
     */
    MARKUP
}
