package org.attache.store.registry;

import org.attache.api.AffiliationSource;
import org.attache.api.MentionType;

/**
 * One line of an entity list.
 *
 * @param mentionCount  mentions across all articles
 * @param articleCount  articles mentioning it
 * @param countrySource where the country comes from, or null when unknown
 */
public record EntitySummary(String id, MentionType type, String name, String country, long mentionCount,
                            long articleCount, AffiliationSource countrySource) {
    /** A line whose country's source is not known. */
    public EntitySummary(String id, MentionType type, String name, String country, long mentionCount,
                         long articleCount) {
        this(id, type, name, country, mentionCount, articleCount, null);
    }
}
