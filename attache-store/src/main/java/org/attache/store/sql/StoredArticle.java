package org.attache.store.sql;

import org.attache.api.Article;

import java.util.Objects;

/**
 * An article as stored, with its write-order sequence number.
 *
 * @param seq           monotonic write order, unique
 * @param article       the article, {@code duplicateOf} as stored
 * @param duplicateKind how it copies {@code article.duplicateOf()}, or null
 */
public record StoredArticle(long seq, Article article, DuplicateKind duplicateKind) {
    public StoredArticle {
        Objects.requireNonNull(article, "article");
    }
}
