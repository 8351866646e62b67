package org.attache.store;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.attache.api.Article;
import org.attache.api.relevance.Relevance;
import org.attache.store.events.StoryDetail;
import org.attache.store.index.SearchResults;
import org.attache.store.read.ArticleRef;
import org.attache.store.read.Page;
import org.attache.store.read.SearchPage;
import org.attache.store.read.SearchRequest;

/**
 * Reads of the stored articles: by id, newest first, search, a story with its articles, copies. What article
 * and search pages, the article API and the {@code show}, {@code search} and {@code bench} commands need, and
 * nothing that writes. Safe to call from several threads (except {@link #forEachArticle}). Failures are thrown as
 * {@link StoreException}.
 */
public interface ArticleReader {
    /** The article with this id, with {@code duplicateOf} as stored. */
    Optional<Article> get(String id);

    /** The relevance of an article, or empty when it was not judged (or is not stored). */
    Optional<Relevance> relevance(String id);

    /**
     * The only article whose id starts with {@code idPrefix}, or empty when none does.
     *
     * @throws IllegalArgumentException when the prefix is blank or matches several articles (the message
     *                                  lists some of them)
     */
    Optional<Article> findByPrefix(String idPrefix);

    /**
     * Searches title and body with phrases, Lucene's classic operators and the filters {@code outlet:},
     * {@code lang:}, {@code relevance:}, {@code from:} and {@code to:}.
     *
     * @throws IllegalArgumentException when the query cannot be parsed; the message names it
     */
    SearchResults search(String query, int limit);

    /**
     * Faceted search: the words of {@link #search(String, int)} with the request's filters, a page of hits with
     * escaped snippets, and facet counts over every match.
     *
     * @throws IllegalArgumentException when the query or cursor cannot be read; the message names it
     */
    SearchPage search(SearchRequest request);

    /**
     * A page of all articles, newest first (dated by publication date, then undated), newest stored first on ties.
     *
     * @param cursor null for the first page, else the previous page's {@link Page#nextCursor()}
     * @throws IllegalArgumentException for a cursor this store did not write or a limit below 1
     */
    Page<ArticleRef> latest(String cursor, int limit);

    /** For each of these articles that is a copy of another, the article it copies; others are left out. */
    Map<String, String> duplicateOf(Collection<String> articleIds);

    /**
     * Story {@code storyId} with its first {@code articles} articles and its first {@code events} events, read in
     * one snapshot; empty for an unknown story.
     */
    Optional<StoryDetail> story(String storyId, int articles, int events);

    /**
     * Runs {@code reads} (calls of this store's read methods) on one snapshot of the data, so that a page's several
     * reads agree with each other. Must not write.
     */
    <T> T snapshot(Supplier<T> reads);

    /**
     * Calls {@code action} for every stored article in write order, streaming from the database. The store is
     * locked meanwhile: {@code action} must not call it from another thread.
     */
    void forEachArticle(Consumer<? super Article> action);
}
