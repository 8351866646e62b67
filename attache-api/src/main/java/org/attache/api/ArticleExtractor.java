package org.attache.api;

/**
 * Extract stage: {@code Page → Article}. Implementations are thread-safe and hold no per-document state,
 * so one instance serves every worker.
 */
public interface ArticleExtractor {
    /**
     * Separates the article from its page.
     *
     * @throws ExtractionException when the page holds no article (empty, binary, no text)
     */
    Article extract(Page page) throws ExtractionException;
}
