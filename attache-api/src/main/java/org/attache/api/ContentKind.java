package org.attache.api;

/** How a page's bytes are to be read by the extractor. */
public enum ContentKind {
    /** An HTML document, parsed with a real HTML parser. */
    HTML,
    /** Plain text: an article body, or a whole web page dumped as text. */
    TEXT
}
