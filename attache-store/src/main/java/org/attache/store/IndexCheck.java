package org.attache.store;

/**
 * Result of {@link ArticleStore#verify()}: whether the search index holds exactly the stored articles.
 *
 * @param dbCount          articles in the database
 * @param indexCount       documents in the index
 * @param missingFromIndex stored articles the index lacks
 * @param notInDatabase    index documents whose article is not stored
 */
public record IndexCheck(long dbCount, long indexCount, long missingFromIndex, long notInDatabase) {

    /** True when the index holds exactly the stored articles. */
    public boolean agree() {
        return missingFromIndex == 0 && notInDatabase == 0 && dbCount == indexCount;
    }
}
