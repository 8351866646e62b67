package org.attache.store.read;

/**
 * One search hit.
 *
 * @param article     the article
 * @param score       BM25 score; 0 when the query had no words
 * @param snippetHtml a passage of the body, HTML-escaped, with {@code <mark>…</mark>} around the matched words;
 *                    the body's start (escaped) when nothing in the body matched; null for an empty body. The
 *                    only pre-rendered HTML the store gives out: it is built by escaping first, then marking
 */
public record SearchItem(ArticleRef article, float score, String snippetHtml) {
}
