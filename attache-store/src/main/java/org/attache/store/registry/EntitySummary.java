package org.attache.store.registry;

import org.attache.api.MentionType;

/**
 * One line of an entity list.
 *
 * @param mentionCount mentions across all articles
 * @param articleCount articles mentioning it
 */
public record EntitySummary(String id, MentionType type, String name, String country, long mentionCount,
                            long articleCount) {
}
