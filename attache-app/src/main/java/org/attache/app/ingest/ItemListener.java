package org.attache.app.ingest;

import org.attache.api.SourceItem;
import org.attache.store.StoreOutcome;

/**
 * Told what became of each input item of an ingest, on the storing thread, in input order. An item is named by its
 * page's {@code source}.
 */
public interface ItemListener {
    /** A listener that does nothing. */
    ItemListener NONE = new ItemListener() {
        @Override
        public void written(String source, StoreOutcome outcome) {
        }

        @Override
        public void skipped(SourceItem.Skipped skipped) {
        }
    };

    /**
     * The article of item {@code source} was stored (as an original or a copy) or found already present. Called
     * right after, inside the store's write transaction: what the listener writes to the store commits with the
     * article.
     */
    void written(String source, StoreOutcome outcome);

    /** Item {@code skipped.source()} was not stored, for {@code skipped.reason()}. */
    void skipped(SourceItem.Skipped skipped);
}
