package org.attache.api;

/**
 * Annotate stage: {@code Article → Annotated}. Implementations are thread-safe (one per worker or shared,
 * as each documents) and keep no per-document state between calls.
 */
public interface ArticleAnnotator {
    Annotated annotate(Article article);
}
