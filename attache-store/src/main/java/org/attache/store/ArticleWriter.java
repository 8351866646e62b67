package org.attache.store;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.attache.api.Article;
import org.attache.api.events.Event;
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.relevance.Relevance;

/**
 * Writes of articles with their entities, events and stories, each article all or nothing, committed in
 * batches: what {@code ingest}, {@code reprocess}, the upload API and entity merges need. One writer at a time
 * (calls are serialised). Failures are thrown as {@link StoreException}; after a failed write the store rolls
 * back what was not committed and takes no more writes.
 */
public interface ArticleWriter {
    /** Work of {@link #inOneTransaction}. */
    @FunctionalInterface
    interface TransactionWork<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Stores one article unless its id is already stored; links it to its original when its body is an exact or
     * near copy of a stored article's.
     */
    StoreOutcome store(Article article);

    /**
     * Stores one article as {@link #store(Article)} does and, when it was written, runs {@code resolve} (the
     * Resolve stage writing the article's entities) in the same savepoint: all written, or none.
     *
     * @param resolve called with the store's entity registry, or null
     */
    StoreOutcome store(Article article, Consumer<? super EntityRegistry> resolve);

    /**
     * Stores one article with its entities and events, each event given a story through {@code matcher}: all
     * written, or none. An article already present is not coded again (see {@link #storeEvents}).
     *
     * @param resolveAndCode returns events of this article whose story id is ignored
     * @param matcher        picks each event's story among the candidates; null to store events without stories
     * @throws IllegalArgumentException when an event names another article (nothing is stored)
     */
    StoreOutcome store(Article article, Function<? super EntityRegistry, ? extends List<Event>> resolveAndCode,
                       StoryMatcher matcher);

    /**
     * As {@link #store(Article, Function, StoryMatcher)}, with the article's relevance in the same savepoint.
     *
     * @param relevance the article's relevance, or null when not judged
     */
    StoreOutcome store(Article article, Relevance relevance,
                       Function<? super EntityRegistry, ? extends List<Event>> resolveAndCode, StoryMatcher matcher);

    /**
     * Codes a stored article again (for {@code reprocess}): in one savepoint, deletes its events, calls
     * {@code resolveAndCode} and writes the events it returns with their stories. All or nothing.
     *
     * @return the events as written, with their story ids
     * @throws IllegalArgumentException when the article is not stored
     */
    List<Event> storeEvents(Article article, Function<? super EntityRegistry, ? extends List<Event>> resolveAndCode,
                            StoryMatcher matcher);

    /**
     * As {@link #storeEvents(Article, Function, StoryMatcher)}, also setting the article's relevance and updating
     * its index document.
     *
     * @param relevance the article's relevance, or null when not judged
     */
    List<Event> storeEvents(Article article, Relevance relevance,
                            Function<? super EntityRegistry, ? extends List<Event>> resolveAndCode,
                            StoryMatcher matcher);

    /** Runs {@code work} on the entity registry in one savepoint: all its writes or, when it throws, none. */
    <T> T withRegistry(Function<? super EntityRegistry, T> work);

    /**
     * Runs {@code work} as one transaction: what it writes through this store commits together when it returns,
     * and is rolled back, database and index, when it throws (the store then takes no more writes).
     *
     * @throws IllegalStateException when called inside another
     */
    <T, E extends Exception> T inOneTransaction(TransactionWork<T, E> work) throws E;

    /** Deletes every event, event actor and story (not the articles or entities); does not commit. */
    void clearEvents();

    /** Deletes every entity, alias, entity mention, office and merge decision (not the articles); does not commit. */
    void clearEntities();

    /**
     * How the articles this store wrote changed kind afterwards, since it was opened: a later article with a smaller id
     * made an original a copy, or a near copy an exact one ({@code duplicate_of} is re-pointed to the smallest id).
     * Three counts, added to each kind an article was written as: stored (as an original), exact copies, near copies;
     * they sum to 0. An ingest adds them to its counts of what it wrote.
     */
    default long[] kindsChanged() {
        return new long[3];
    }

    /** Writes (articles, entity or event batches) made since the last commit: 0 right after one. */
    int uncommitted();

    /** Commits what was written since the last commit: database first, then index. */
    void commit();
}
