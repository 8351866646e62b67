package org.attache.app.ingest;

import org.attache.api.SourceItem;

/**
 * Told what became of each input item of an ingest, on the storing thread, in input order. An item is named by its
 * page's {@code source}.
 */
public interface ItemListener {
    /** A listener that does nothing. */
    ItemListener NONE = new ItemListener() {
        @Override
        public void written(String source, String articleId) {
        }

        @Override
        public void skipped(SourceItem.Skipped skipped) {
        }
    };

    /**
     * The article {@code articleId} of item {@code source} is being stored (as an original or a copy), or was found
     * already present. For a new article it is called inside the article's savepoint, before the store commits:
     * what the listener writes to the store commits with the article, or is undone with it.
     */
    void written(String source, String articleId);

    /** Item {@code skipped.source()} was not stored, for {@code skipped.reason()}. */
    void skipped(SourceItem.Skipped skipped);
}
