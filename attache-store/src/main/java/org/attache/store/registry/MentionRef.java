package org.attache.store.registry;

import org.attache.api.MentionType;

/**
 * A mention of a registry entity in an article's body, for linking it on the article page.
 *
 * @param start    offset of its first character in the body text (paragraphs joined by a blank line)
 * @param end      offset after its last character
 * @param entityId the entity
 * @param name     the entity's canonical name (the text printed is the body's {@code [start, end)})
 * @param type     the mention's type
 */
public record MentionRef(int start, int end, String entityId, String name, MentionType type) {
}
