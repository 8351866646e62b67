package org.attache.store.registry;

/**
 * An article that mentions an entity.
 *
 * @param published the article's publication date as stored, or null
 * @param mentions  mentions of the entity in it (0 when the entity only published it)
 */
public record EntityArticle(String articleId, String title, String published, long mentions) {
}
