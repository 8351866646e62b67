package org.attache.store.index;

import java.util.List;

/**
 * The best hits of a search.
 *
 * @param query     the query as given
 * @param totalHits number of matching articles (exact)
 * @param hits      up to the requested limit, best first
 */
public record SearchResults(String query, long totalHits, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
