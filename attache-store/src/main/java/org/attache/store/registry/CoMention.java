package org.attache.store.registry;

import org.attache.api.MentionType;

/**
 * An entity named in the same articles as another.
 *
 * @param sharedArticles articles naming both
 */
public record CoMention(String entityId, MentionType type, String name, String country, long sharedArticles) {
}
