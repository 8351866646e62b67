package org.attache.store;

/**
 * Result of {@link ArticleStore#verify()}.
 *
 * @param dbCount    articles in the database
 * @param indexCount documents in the index
 * @param agree      true when both hold the same number of articles
 */
public record IndexCheck(long dbCount, long indexCount, boolean agree) {
}
