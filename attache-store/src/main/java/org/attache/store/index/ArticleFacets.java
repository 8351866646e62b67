package org.attache.store.index;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the store knows about an article beyond its text, indexed for search facets and filters: read from the
 * database when the article is stored (after its entities and events were written) and again by a reindex.
 *
 * @param countries  alpha-3 codes of the entities it mentions and of its events' actors
 * @param entityIds  registry entities it mentions
 * @param eventTypes PLOVER type names of its events
 * @param statuses   status names of its events
 * @param relevance  the label of its relevance ("political", "business", …), or null when not judged
 */
public record ArticleFacets(Set<String> countries, Set<String> entityIds, Set<String> eventTypes,
                            Set<String> statuses, String relevance) {
    /** No entities, no events, no relevance. */
    public static final ArticleFacets NONE = new ArticleFacets(Set.of(), Set.of(), Set.of(), Set.of(), null);

    /** Facets without a relevance. */
    public ArticleFacets(Set<String> countries, Set<String> entityIds, Set<String> eventTypes, Set<String> statuses) {
        this(countries, entityIds, eventTypes, statuses, null);
    }

    public ArticleFacets {
        countries = Set.copyOf(new TreeSet<>(countries));
        entityIds = Set.copyOf(new TreeSet<>(entityIds));
        eventTypes = Set.copyOf(new TreeSet<>(eventTypes));
        statuses = Set.copyOf(new TreeSet<>(statuses));
    }
}
