package org.attache.store.read;

import java.util.List;
import java.util.Map;

/**
 * One page of a faceted search.
 *
 * @param query      the query as given
 * @param totalHits  articles matching (exact)
 * @param hits       this page's hits, best first (newest first when the query has no words)
 * @param facets     counts over all matching articles, keyed {@code outlet}, {@code country}, {@code entity},
 *                   {@code event_type}, {@code status}, {@code month}; each list most frequent first (ties by
 *                   value), except {@code month}, newest month first
 * @param nextCursor opaque cursor of the next page, or null at the end
 */
public record SearchPage(String query, long totalHits, List<SearchItem> hits, Map<String, List<FacetCount>> facets,
                         String nextCursor) {
    public SearchPage {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
