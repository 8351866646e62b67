package org.attache.store;

import org.attache.api.Article;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.config.StoreConfig;
import org.attache.api.events.Event;
import org.attache.api.events.StoryMatcher;
import org.attache.api.relevance.Relevance;
import org.attache.store.dedup.BodyKeys;
import org.attache.store.dedup.CopyLinks;
import org.attache.store.dedup.SimHash;
import org.attache.store.events.EventQueries;
import org.attache.store.events.StoryDetail;
import org.attache.store.events.EventWriter;
import org.attache.store.index.ArticleIndex;
import org.attache.store.index.SearchResults;
import org.attache.store.read.ArticleLists;
import org.attache.store.read.ArticleRef;
import org.attache.store.read.Follows;
import org.attache.store.read.Page;
import org.attache.store.read.Rails;
import org.attache.store.read.RelatedLists;
import org.attache.store.read.SearchPage;
import org.attache.store.read.SearchRequest;
import org.attache.store.registry.EntityQueries;
import org.attache.store.registry.SqlEntityRegistry;
import org.attache.store.sql.ArticleRepository;
import org.attache.store.sql.Database;
import org.attache.store.sql.Dialect;
import org.attache.store.sql.DuplicateKind;
import org.attache.store.sql.SqlAccess;
import org.attache.store.sql.StoredArticle;
import org.attache.store.watch.WatchState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The articles of one data folder: an SQL database (the source of truth) and a Lucene index derived
 * from it. The SQL implementation of {@link Store} (SQLite or PostgreSQL, through {@link Dialect}); callers
 * outside this module hold the interfaces.
 *
 * <p><b>Writes.</b> {@link #store} writes the article's row and its index document together: either
 * both or neither (a savepoint undoes the row if indexing fails). Every {@link StoreConfig#commitEvery()}
 * articles, and on {@link #commit()} and {@link #close()}, the database commits first, then the index,
 * which records the highest article {@code seq} it holds. A crash loses at most the uncommitted batch,
 * and {@link #open} reconciles the index with the database, so re-running an ingest completes the set.
 *
 * <p><b>Entities.</b> {@link #registry()} is the entity registry in the same database, connection and
 * transaction: {@link #store(Article, Consumer)} writes an article's entities (through the Resolve
 * stage) in the article's savepoint, so they commit with it or not at all. {@link #entities()} reads them.
 *
 * <p><b>Events.</b> {@link #store(Article, Function, StoryMatcher)} also codes the article's events in
 * that savepoint and assigns each a story (the Cluster stage); {@link #events()} reads events and stories.
 *
 * <p><b>Threads.</b> One writer: every method that writes is {@code synchronized} on this store, so
 * concurrent writers are serialised. Reads ({@link #get}, {@link #latest}, {@link #entities()}, {@link
 * #events()}, {@link #rails()}, {@link #follows()}) run on a small pool of read-only connections, concurrently
 * with each other and with a writer, as long as nothing is pending in the write transaction; while something is
 * (during an ingest batch, until its commit) they run on the write connection under the lock, so that they see
 * it. Searches do not take the lock and run concurrently through a searcher manager; they see articles as soon
 * as they are stored, before their commit.
 * Another process must not open the same data folder at the same time (the index is locked).
 *
 * <p><b>Database.</b> The SQLite file {@code attache.db} in the data folder, or a PostgreSQL database ({@link
 * StoreConfig#database()}) that several processes (ingests, servers, each with its own data folder and index) share.
 * There each write transaction takes a database-wide lock first ({@link Dialect}), so they follow each other; on
 * taking it, the store indexes the articles other processes committed since its own last write (their {@code seq}
 * is above the highest it holds), so its index catches up by that counter; {@link #open} does the same.
 *
 * <p><b>Errors.</b> Database and index failures are thrown as {@link StoreException}.
 */
public final class ArticleStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleStore.class);
    private static final int PROGRESS_EVERY = 1000;
    /** Read-only connections opened at most, for concurrent readers. */
    private static final int READERS = 4;

    private final StoreConfig config;
    private final Connection connection;
    private final ArticleRepository repository;
    private final ArticleIndex index;
    private final SqlEntityRegistry registry;
    private final EntityQueries entities;
    private final EventWriter eventWriter;
    private final EventQueries events;
    private final SqlAccess access;
    private final ArticleLists lists;
    private final Rails rails;
    private final Follows follows;
    private final RelatedLists related;
    private final WatchState watch;
    private long lastSeq;
    private int uncommitted;
    /** See {@link #kindsChanged()}. Guarded by this. */
    private final long[] kindsChanged = new long[3];
    private boolean closed;
    /** True while {@link #inOneTransaction} runs: no commit until it ends. Guarded by this. */
    private boolean holding;
    /** The write failure after which this store took nothing more (both database and index rolled back), or null. */
    private Exception failure;

    private ArticleStore(StoreConfig config, Connection connection, ArticleRepository repository, ArticleIndex index,
                         long lastSeq) {
        this.config = config;
        this.connection = connection;
        this.repository = repository;
        this.index = index;
        this.lastSeq = lastSeq;
        this.access = new SqlAccess(connection, this, config.databaseUrl(), Dialect.of(config.databaseUrl()), READERS);
        this.access.onWriteLock(this::catchUp);
        this.registry = new SqlEntityRegistry(access, config.dataDir());
        this.entities = new EntityQueries(access, config.dataDir());
        this.eventWriter = new EventWriter(access, config.dataDir());
        this.events = new EventQueries(access, config.dataDir());
        this.lists = new ArticleLists(access);
        this.related = new RelatedLists(access, config.dataDir());
        this.rails = new Rails(access, index, lists, related, config.dataDir());
        this.follows = new Follows(access, this::commit, config.dataDir());
        this.watch = new WatchState(access, this::commit, config.dataDir());
    }

    /**
     * Opens (creating if needed) the store in {@code config.dataDir()}, migrates the schema and
     * reconciles the index with the database.
     */
    public static ArticleStore open(StoreConfig config) {
        return open(config, UnaryOperator.identity());
    }

    /**
     * Opens the store as {@link #open(StoreConfig)} does, with the index's directory wrapped by {@code indexDirectory}:
     * for tests that inject faults under the index (a full disk).
     */
    public static ArticleStore open(StoreConfig config, UnaryOperator<org.apache.lucene.store.Directory> indexDirectory) {
        Path dataDir = config.dataDir();
        Connection connection = null;
        ArticleRepository repository = null;
        ArticleIndex index = null;
        try {
            Files.createDirectories(config.indexDir());
            connection = Database.open(config.databaseUrl());
            repository = new ArticleRepository(connection);
            index = ArticleIndex.open(indexDirectory.apply(org.apache.lucene.store.FSDirectory.open(config.indexDir())),
                    config.search());
            ArticleStore store = new ArticleStore(config, connection, repository, index, repository.maxSeq());
            store.reconcile();
            return store;
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            closeQuietly(index, repository, connection, e);
            throw new StoreException(dataDir, "open", new IllegalStateException(
                    "another Attaché process (serve, ingest, reindex) is using this data folder; stop it or use"
                            + " another --data folder", e));
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(index, repository, connection, e);
            throw new StoreException(dataDir, "open", e);
        }
    }

    /**
     * Opens the store in {@code config.dataDir()} for reading: no schema migration, no index write lock and no
     * reconciliation, so that read-only commands start fast and run beside a process that writes (a server, an
     * ingest). Falls back to {@link #open} when the database must be migrated or the index is missing or
     * behind the database; when that is impossible because another process writes, reads what is committed
     * and logs how far the index lags. Every write method of a read-only store throws
     * {@link IllegalStateException}.
     */
    public static ArticleStore openReadOnly(StoreConfig config) {
        Path dataDir = config.dataDir();
        Connection connection = null;
        ArticleRepository repository = null;
        ArticleIndex index = null;
        try {
            Optional<Connection> reader = Database.openReadOnly(config.databaseUrl());
            if (reader.isEmpty()) {
                LOG.info("The database of {} needs its schema migrated; opening it for writing", dataDir);
                return open(config);
            }
            connection = reader.get();
            repository = new ArticleRepository(connection);
            long dbSeq = repository.maxSeq();
            try {
                index = ArticleIndex.openReadOnly(config.indexDir(), config.search());
            } catch (org.apache.lucene.index.IndexNotFoundException e) {
                closeQuietly(null, repository, connection, null);
                return open(config);
            }
            if (index.committedSeq() != dbSeq || !index.formatCurrent()) {
                // the index needs catching up (a crash, or an older version wrote it): a writer reconciles it
                try {
                    ArticleStore writable = open(config);
                    closeQuietly(index, repository, connection, null);
                    return writable;
                } catch (StoreException busy) {
                    LOG.warn("The index of {} is behind its database (index at seq {}, database at {}) and another"
                            + " process is writing; searches may miss the newest articles until it catches up",
                            dataDir, index.committedSeq(), dbSeq);
                }
            }
            return new ArticleStore(config, connection, repository, index, dbSeq);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(index, repository, connection, e);
            throw new StoreException(dataDir, "open for reading", e);
        }
    }

    /** Whether this store was opened by {@link #openReadOnly} (its write methods throw). */
    public boolean readOnly() {
        return index.readOnly();
    }

    private void ensureWritable() {
        ensureOpen();
        if (failure != null) {
            throw new IllegalStateException("Store " + config.dataDir() + " stopped taking writes after a failure ("
                    + failure.getMessage() + "); what was not committed before it was rolled back");
        }
        if (index.readOnly()) {
            throw new IllegalStateException("Store " + config.dataDir() + " is open read-only");
        }
    }

    /** The configuration this store was opened with. */
    public StoreConfig config() {
        return config;
    }

    /**
     * Stores one article unless its id is already stored; links it to its original when its body is
     * an exact or near copy of a stored article's.
     */
    public synchronized StoreOutcome store(Article article) {
        return store(article, null);
    }

    /**
     * Stores one article as {@link #store(Article)} does and, when it was written, runs {@code resolve}
     * (typically the Resolve stage writing the article's entities) in the same savepoint: the row, its
     * entities and its index document are all written, or none (a failure of {@code resolve} is rethrown
     * after the article's writes are undone). An article already present is not resolved again.
     *
     * @param resolve called with {@link #registry()}, or null
     */
    public synchronized StoreOutcome store(Article article, Consumer<? super EntityRegistry> resolve) {
        return storeWith(article, null, stored -> resolve);
    }

    /**
     * Stores one article as {@link #store(Article, Consumer)} does and, in the same savepoint, its events:
     * {@code resolveAndCode} (typically Resolve then Code) is called with {@link #registry()} and returns
     * the article's events; each is then given a story through {@code matcher} and written. The article,
     * its entities, its events and its index document are all written, or none (a failure is rethrown
     * after the article's writes are undone). The events of an article marked as a copy of another are
     * stored too; its story counts it with its original. An article already present is not coded again
     * (see {@link #storeEvents}).
     *
     * @param resolveAndCode returns events of this article whose story id is ignored
     * @param matcher        picks each event's story among the candidates; null to store events without stories
     * @throws IllegalArgumentException when an event names another article (nothing is stored)
     */
    public synchronized StoreOutcome store(Article article,
                                           Function<? super EntityRegistry, ? extends List<Event>> resolveAndCode,
                                           StoryMatcher matcher) {
        return store(article, null, resolveAndCode, matcher);
    }

    /**
     * Stores one article with its events as {@link #store(Article, Function, StoryMatcher)} does, and its
     * relevance (searchable as {@code relevance:LABEL}) in the same savepoint.
     *
     * @param relevance the article's relevance, or null when not judged
     */
    public synchronized StoreOutcome store(Article article, Relevance relevance,
                                           Function<? super EntityRegistry, ? extends List<Event>> resolveAndCode,
                                           StoryMatcher matcher) {
        Objects.requireNonNull(resolveAndCode, "resolveAndCode");
        return storeWith(article, relevance,
                stored -> registry -> writeEvents(stored, resolveAndCode.apply(registry), matcher));
    }

    /**
     * Codes a stored article again (for {@code reprocess}, typically after {@link #clearEvents()}): in one
     * savepoint, deletes its events, calls {@code resolveAndCode} with {@link #registry()}, and writes the
     * events it returns with their stories. All or nothing. Counts as one article towards
     * {@link StoreConfig#commitEvery()}.
     *
     * @param article the article as stored ({@link #get}), so that its copy link counts in stories
     * @return the events as written, with their story ids
     * @throws IllegalArgumentException when the article is not stored
     */
    public synchronized List<Event> storeEvents(Article article,
                                                Function<? super EntityRegistry, ? extends List<Event>> resolveAndCode,
                                                StoryMatcher matcher) {
        return storeEvents(article, null, false, resolveAndCode, matcher);
    }

    /**
     * Codes a stored article again as {@link #storeEvents(Article, Function, StoryMatcher)} does, sets its relevance
     * in the same savepoint, and updates its index document (its relevance, countries, event types and statuses as
     * facets and filters).
     *
     * @param relevance the article's relevance, or null when not judged
     */
    public synchronized List<Event> storeEvents(Article article, Relevance relevance,
                                                Function<? super EntityRegistry, ? extends List<Event>> resolveAndCode,
                                                StoryMatcher matcher) {
        return storeEvents(article, relevance, true, resolveAndCode, matcher);
    }

    private List<Event> storeEvents(Article article, Relevance relevance, boolean withRelevance,
                                    Function<? super EntityRegistry, ? extends List<Event>> resolveAndCode,
                                    StoryMatcher matcher) {
        Objects.requireNonNull(resolveAndCode, "resolveAndCode");
        ensureWritable();
        try {
            long seq = repository.seqOf(article.id());
            if (seq < 0) {
                throw new IllegalArgumentException("article " + article.id() + " is not stored");
            }
            access.markDirty();
            List<Event> written = inSavepoint(() -> {
                if (withRelevance) {
                    repository.setRelevance(article.id(), relevance);
                }
                List<Event> events = eventWriter.replace(article, resolveAndCode.apply(registry), matcher);
                if (withRelevance) {
                    index.put(seq, article, repository.facets(article.id()));
                }
                reindexMerged(withRelevance ? article.id() : null);
                return events;
            });
            if (++uncommitted >= config.commitEvery()) {
                commitNow();
            }
            return written;
        } catch (SQLException | IOException e) {
            throw writeFailed("store events of article " + article.id(), e);
        }
    }

    private void writeEvents(Article stored, List<Event> coded, StoryMatcher matcher) {
        try {
            eventWriter.write(stored, coded == null ? List.of() : coded, matcher);
        } catch (SQLException e) {
            throw new StoreException(config.dataDir(), "store events of article " + stored.id(), e);
        }
    }

    /** Stores one article; {@code work} gives, for the article as stored, what to run in its savepoint. */
    private StoreOutcome storeWith(Article article, Relevance relevance,
                                   Function<Article, Consumer<? super EntityRegistry>> work) {
        ensureWritable();
        try {
            if (access.dialect().sharedWriters()) {
                access.markDirty(); // takes the write lock before the checks below: another writer may store this id
            }
            if (repository.exists(article.id())) {
                return new StoreOutcome.AlreadyPresent(article.id());
            }
            BodyKeys keys = BodyKeys.of(article.body());
            CopyLinks.Decision copies = copyLinks(article.id(), keys);
            CopyLinks.Link link = copies.link();
            StoreOutcome outcome = link == null ? new StoreOutcome.Stored(article.id())
                    : link.exact() ? new StoreOutcome.ExactDuplicate(article.id(), link.originalId())
                    : new StoreOutcome.NearDuplicate(article.id(), link.originalId(), link.distance());
            Article toStore = link == null ? article : article.withDuplicateOf(link.originalId());
            DuplicateKind kind = link == null ? null : link.exact() ? DuplicateKind.EXACT : DuplicateKind.NEAR;
            write(new StoredArticle(lastSeq + 1, toStore, kind), keys, relevance, work.apply(toStore),
                    copies.repointed());
            for (CopyLinks.Repoint r : copies.repointed()) {
                kindsChanged[kindIndex(r.previous())]--;
                kindsChanged[kindIndex(r.link())]++;
            }
            lastSeq++;
            if (++uncommitted >= config.commitEvery()) {
                commitNow();
            }
            return outcome;
        } catch (SQLException | IOException e) {
            throw writeFailed("store article " + article.id(), e);
        }
    }

    /**
     * The copy links storing article {@code id} gives ({@link CopyLinks}): its original among the stored articles with
     * the same body or a SimHash within {@link StoreConfig#nearDuplicateDistance()}, and the stored ones it is now a
     * better original for.
     */
    private CopyLinks.Decision copyLinks(String id, BodyKeys keys) throws SQLException {
        Map<String, CopyLinks.Neighbour> neighbours = new LinkedHashMap<>();
        if (keys.bodyHash() != null) {
            for (ArticleRepository.Candidate c : repository.withBodyHash(keys.bodyHash())) {
                neighbours.put(c.id(), new CopyLinks.Neighbour(c.id(), true, 0, currentLink(id, c)));
            }
        }
        if (keys.simhash() != null) {
            long simhash = keys.simhash();
            for (ArticleRepository.Candidate c : repository.simhashCandidates(simhash)) {
                int distance = SimHash.distance(simhash, c.simhash());
                if (distance <= config.nearDuplicateDistance() && !neighbours.containsKey(c.id())) {
                    neighbours.put(c.id(), new CopyLinks.Neighbour(c.id(), false, distance, currentLink(id, c)));
                }
            }
        }
        return CopyLinks.decide(id, neighbours.values());
    }

    /**
     * The stored copy link of candidate {@code c}, which only matters when the article being stored ({@code id})
     * has the smaller id; null otherwise, or when {@code c} is an original.
     */
    private CopyLinks.Link currentLink(String id, ArticleRepository.Candidate c) throws SQLException {
        if (c.duplicateOf() == null || c.id().compareTo(id) < 0) {
            return null;
        }
        if (c.kind() != DuplicateKind.NEAR) {
            return new CopyLinks.Link(c.duplicateOf(), true, 0);
        }
        Optional<Long> original = repository.simhashOf(c.duplicateOf());
        int distance = original.isPresent() && c.simhash() != null ? SimHash.distance(c.simhash(), original.get())
                : Integer.MAX_VALUE;
        return new CopyLinks.Link(c.duplicateOf(), false, distance);
    }

    /**
     * Points the stored copies in {@code repointed} to the new article (their better original), recounts the
     * independent sources of the stories their events (and those of the copies of them) are in, and returns them:
     * their index documents and Related News lists are brought up to date by the caller.
     */
    private List<String> repoint(List<CopyLinks.Repoint> repointed) throws SQLException {
        if (repointed.isEmpty()) {
            return List.of();
        }
        Set<String> outletsChanged = new LinkedHashSet<>();
        List<String> ids = new java.util.ArrayList<>();
        for (CopyLinks.Repoint r : repointed) {
            repository.setDuplicateOf(r.id(), r.link().originalId(),
                    r.link().exact() ? DuplicateKind.EXACT : DuplicateKind.NEAR);
            ids.add(r.id());
            copiesDown(r.id(), outletsChanged);
        }
        eventWriter.recountStoriesOf(outletsChanged);
        LOG.debug("Copies re-pointed to a better original: {}", repointed);
        return ids;
    }

    /** Adds {@code id} and the articles that copy it, directly or through copies, to {@code into}. */
    private void copiesDown(String id, Set<String> into) throws SQLException {
        List<String> level = List.of(id);
        for (int depth = 0; depth <= MAX_COPY_CHAIN && !level.isEmpty(); depth++) {
            List<String> next = new java.util.ArrayList<>();
            for (String a : level) {
                if (into.add(a)) {
                    next.addAll(repository.copiesOf(a));
                }
            }
            level = next;
        }
    }

    /** 0 for no link (an original), 1 for an exact copy, 2 for a near one: the order of {@link #kindsChanged()}. */
    private static int kindIndex(CopyLinks.Link link) {
        return link == null ? 0 : link.exact() ? 1 : 2;
    }

    @Override
    public synchronized long[] kindsChanged() {
        return kindsChanged.clone();
    }

    /** Longest chain of copies followed when a re-point changes the outlet their stories count them as. */
    private static final int MAX_COPY_CHAIN = 16;

    /** Row and document of one article, both or neither. */
    private void write(StoredArticle stored, BodyKeys keys, Relevance relevance, Consumer<? super EntityRegistry> resolve,
                       List<CopyLinks.Repoint> repointed) throws SQLException, IOException {
        access.markDirty();
        inSavepoint(() -> {
            repository.insert(stored, keys, System.currentTimeMillis());
            List<String> copies = repoint(repointed);
            if (relevance != null) {
                repository.setRelevance(stored.article().id(), relevance);
            }
            if (resolve != null) {
                resolve.accept(registry); // before the index: a failure here leaves nothing to undo there
                reindexMerged(stored.article().id());
            }
            try {
                index.put(stored.seq(), stored.article(), repository.facets(stored.article().id()));
                for (String id : copies) { // their copy group changed
                    Optional<StoredArticle> copy = repository.get(id);
                    if (copy.isPresent()) {
                        index.put(copy.get().seq(), copy.get().article(), repository.facets(id));
                        related.markPending(id);
                    }
                }
            } catch (RuntimeException e) {
                throw new IOException("the index refused the article: " + e.getMessage(), e); // a closed writer
            }
            related.markPending(stored.article().id());
            return null;
        });
    }

    /**
     * Brings the index documents of the articles whose entities a registry merge just changed up to date (their
     * entity facets named the merged-away entity) and queues their Related News lists; {@code except} is the
     * article being stored, indexed by the caller.
     */
    private void reindexMerged(String except) throws SQLException, IOException {
        for (String id : registry.takeMergedArticles()) {
            if (id.equals(except)) {
                continue;
            }
            Optional<StoredArticle> stored = repository.get(id);
            if (stored.isPresent()) {
                index.put(stored.get().seq(), stored.get().article(), repository.facets(id));
                related.markPending(id);
            }
        }
    }

    /** Work that runs inside one savepoint. */
    @FunctionalInterface
    private interface SavepointWork<T> {
        T run() throws SQLException, IOException;
    }

    /** Runs {@code work} in a savepoint: released when it returns, rolled back (and rethrown) when it throws. */
    private <T> T inSavepoint(SavepointWork<T> work) throws SQLException, IOException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            T result = work.run();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException | IOException | RuntimeException e) {
            registry.forgetMergedArticles();
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /**
     * The entity registry in this store's connection and transaction. Its writes commit with the store's
     * next commit; prefer {@link #store(Article, Consumer)} or {@link #withRegistry} so that one
     * article's entities are written atomically. Calls synchronise on this store.
     */
    public SqlEntityRegistry registry() {
        ensureOpen();
        return registry;
    }

    /** Reads of the entity registry: lists, entity pages, co-mentions, articles, merge explanations. */
    public EntityQueries entities() {
        ensureOpen();
        return entities;
    }

    /**
     * Runs {@code work} on the registry in one savepoint: all its writes or, when it throws, none. Counts as
     * one article towards {@link StoreConfig#commitEvery()}. For {@code reprocess}: resolve each stored
     * article again after {@link #clearEntities()}.
     */
    public synchronized <T> T withRegistry(Function<? super EntityRegistry, T> work) {
        ensureWritable();
        try {
            access.markDirty();
            T result = inSavepoint(() -> {
                T r = work.apply(registry);
                reindexMerged(null);
                return r;
            });
            if (++uncommitted >= config.commitEvery()) {
                commitNow();
            }
            return result;
        } catch (SQLException | IOException e) {
            throw writeFailed("write entities", e);
        }
    }

    /** Reads of events and stories: lists, relations between two countries, exports, stories. */
    public EventQueries events() {
        ensureOpen();
        return events;
    }

    /**
     * Runs {@code work} as one transaction: what it writes through this store is committed together when it returns,
     * with no commit in between however many articles it writes ({@link StoreConfig#commitEvery()}, {@link #commit()}
     * and the other commits wait for its end), and rolled back, database and index, to the commit before it when it
     * throws; the store then takes no more writes. A crash meanwhile leaves the store as it was before. For
     * {@code reprocess}, which rebuilds every entity and event: readers and a crash see the old registry or the new
     * one, never one cleared and half rebuilt. Writes pending before it are committed first. Other threads' writes
     * meanwhile join the transaction.
     *
     * @throws IllegalStateException when called inside another
     */
    public <T, E extends Exception> T inOneTransaction(TransactionWork<T, E> work) throws E {
        synchronized (this) {
            ensureWritable();
            if (holding) {
                throw new IllegalStateException("already in one transaction");
            }
            try {
                commitNow();
            } catch (SQLException | IOException e) {
                throw new StoreException(config.dataDir(), "commit", e);
            }
            holding = true;
        }
        boolean finished = false;
        try {
            T result = work.run();
            synchronized (this) {
                holding = false;
                ensureWritable(); // a write failed inside and was rolled back with everything since the last commit
                try {
                    commitNow();
                } catch (SQLException | IOException e) {
                    throw new StoreException(config.dataDir(), "commit", e); // rolled back by commitNow
                }
            }
            finished = true;
            return result;
        } finally {
            if (!finished) {
                synchronized (this) {
                    holding = false;
                    rollBackAfter(new IllegalStateException("a transaction of several articles did not finish"));
                }
            }
        }
    }

    /** Deletes every event, event actor and story (not the articles or entities); does not commit. */
    public synchronized void clearEvents() {
        ensureWritable();
        try {
            access.markDirty();
            eventWriter.clear();
        } catch (SQLException e) {
            throw new StoreException(config.dataDir(), "delete events", e);
        }
    }

    /** Deletes every entity, alias, entity mention, office and merge decision (not the articles); does not commit. */
    public synchronized void clearEntities() {
        ensureWritable();
        try {
            access.markDirty();
        } catch (SQLException e) {
            throw new StoreException(config.dataDir(), "delete entities", e);
        }
        registry.clear();
    }

    /** Writes (articles, entity or event batches) made since the last commit: 0 right after one. */
    public synchronized int uncommitted() {
        return uncommitted;
    }

    /**
     * Commits the articles stored since the last commit: database first, then index. Inside
     * {@link #inOneTransaction} it waits for the transaction's end.
     */
    public synchronized void commit() {
        ensureWritable();
        try {
            commitNow();
        } catch (SQLException | IOException | RuntimeException e) {
            throw new StoreException(config.dataDir(), "commit", e);
        }
    }

    /**
     * Commits in two phases so that a failure leaves nothing behind it: the index prepares its commit first (a full
     * disk fails there), then the database commits, then the index publishes. When the index cannot prepare, or
     * the database cannot commit, both are rolled back to their last commit and the store takes no more writes.
     */
    private void commitNow() throws SQLException, IOException {
        if (holding) {
            return; // inOneTransaction commits when its work ends
        }
        try {
            index.prepareCommit(lastSeq);
            connection.commit();
        } catch (SQLException | IOException e) {
            rollBackAfter(e);
            throw e;
        } catch (RuntimeException e) {
            rollBackAfter(e); // a writer closed by an earlier fatal error ("this writer hit an unrecoverable error")
            throw new IOException("the search index cannot commit: " + e.getMessage(), e);
        }
        access.markClean();
        uncommitted = 0;
        try {
            index.finishCommit(lastSeq);
        } catch (IOException | RuntimeException e) {
            // the database committed, so the articles are stored, and the next open indexes what the index lacks;
            // but the index writer is gone (a fatal error in a merge, most often): no more writes
            failure = e;
            LOG.error("The search index of {} failed after the database committed; the articles are stored and the"
                    + " next open reindexes them; this store takes no more writes: {}", config.dataDir(), e.toString());
            index.rollback();
        }
    }

    /**
     * Rolls the database and the index back to their last commit after a failed write or commit, and refuses
     * writes from then on: nothing after the last commit is kept behind the error.
     */
    private void rollBackAfter(Exception e) {
        if (failure != null) {
            return;
        }
        failure = e;
        LOG.error("Writing to {} failed; rolling back to the last commit: {}", config.dataDir(), e.toString());
        try {
            connection.rollback();
        } catch (SQLException rollback) {
            e.addSuppressed(rollback);
        }
        access.markClean();
        index.rollback();
        try {
            lastSeq = repository.maxSeq();
        } catch (SQLException read) {
            e.addSuppressed(read);
        }
        uncommitted = 0;
    }

    /** A write that failed: rolled back with everything uncommitted, and the error to throw. */
    private StoreException writeFailed(String operation, Exception e) {
        rollBackAfter(e);
        return new StoreException(config.dataDir(), operation, e);
    }

    /** The article with this id, with {@code duplicateOf} as stored. Concurrent (see Threads above). */
    public Optional<Article> get(String id) {
        ensureOpen();
        try {
            return access.read(c -> ArticleRepository.get(c, id)).map(StoredArticle::article);
        } catch (SQLException e) {
            throw new StoreException(config.dataDir(), "read article " + id, e);
        }
    }

    /** The relevance of an article, or empty when it was not judged (or is not stored). Concurrent. */
    public Optional<Relevance> relevance(String id) {
        ensureOpen();
        try {
            return access.read(c -> ArticleRepository.relevance(c, id));
        } catch (SQLException e) {
            throw new StoreException(config.dataDir(), "read the relevance of article " + id, e);
        }
    }

    /**
     * The only article whose id starts with {@code idPrefix}, or empty when none does.
     *
     * @throws IllegalArgumentException when the prefix is blank or matches several articles (the message
     *                                  lists some of them)
     */
    public synchronized Optional<Article> findByPrefix(String idPrefix) {
        ensureOpen();
        if (idPrefix == null || idPrefix.isBlank()) {
            throw new IllegalArgumentException("An id prefix must not be blank");
        }
        try {
            List<String> ids = repository.idsWithPrefix(idPrefix, 5);
            if (ids.size() > 1) {
                throw new IllegalArgumentException("Id prefix '" + idPrefix + "' is ambiguous: it matches "
                        + String.join(", ", ids) + (ids.size() == 5 ? ", …" : ""));
            }
            return ids.isEmpty() ? Optional.empty() : repository.get(ids.getFirst()).map(StoredArticle::article);
        } catch (SQLException e) {
            throw new StoreException(config.dataDir(), "look up id prefix " + idPrefix, e);
        }
    }

    /**
     * Searches title and body (title weighted double, BM25, all words required) with phrases in
     * double quotes, Lucene's classic operators, and the filters {@code outlet:}, {@code lang:},
     * {@code relevance:}, {@code from:} and {@code to:} (see {@link org.attache.store.index.SearchQuery}).
     *
     * @throws IllegalArgumentException when the query cannot be parsed; the message names it
     */
    public SearchResults search(String query, int limit) {
        ensureOpen();
        try {
            return index.search(query, limit);
        } catch (IOException e) {
            throw new StoreException(config.dataDir(), "search for \"" + query + "\"", e);
        }
    }

    /**
     * A page of all articles, newest first: articles with a publication date by that date (then newest stored
     * first), then undated articles, newest stored first. Concurrent.
     *
     * @param cursor null for the first page, else the previous page's {@link Page#nextCursor()}
     * @throws IllegalArgumentException for a cursor this store did not write (the message names it) or a limit
     *                                  below 1
     */
    public Page<ArticleRef> latest(String cursor, int limit) {
        ensureOpen();
        try {
            return lists.latest(cursor, limit);
        } catch (SQLException e) {
            throw new StoreException(config.dataDir(), "list the latest articles", e);
        }
    }

    /**
     * For each of these articles that is a copy of another, the article it copies ({@code duplicate_of}); others
     * are left out (at most 1,000 ids). For lists that show copies once. Concurrent.
     */
    public Map<String, String> duplicateOf(Collection<String> articleIds) {
        ensureOpen();
        try {
            return lists.duplicateOf(articleIds);
        } catch (SQLException e) {
            throw new StoreException(config.dataDir(), "read which articles are copies", e);
        }
    }

    /**
     * Story {@code storyId} with its first {@code articles} articles (those with an event in it, first published
     * first) and its first {@code events} events (timeline order), read in one snapshot; empty for an unknown
     * story. Concurrent.
     */
    public Optional<StoryDetail> story(String storyId, int articles, int events) {
        Objects.requireNonNull(storyId, "storyId");
        ensureOpen();
        return snapshot(() -> this.events.story(storyId).map(story -> {
            try {
                return new StoryDetail(story, lists.ofStory(storyId, articles), this.events.storyEvents(storyId, events));
            } catch (SQLException e) {
                throw new StoreException(config.dataDir(), "list the articles of story " + storyId, e);
            }
        }));
    }

    /** The rails of an article page: related, latest, more from the outlet, for you. Concurrent. */
    public Rails rails() {
        ensureOpen();
        return rails;
    }

    /** What users follow and their feeds. Writes commit at once. */
    public Follows follows() {
        ensureOpen();
        return follows;
    }

    /**
     * What {@code attache watch} keeps between runs (schedules, validators, listed pages, host errors). Its writes
     * join the store's write transaction and commit with it.
     */
    public WatchState watch() {
        ensureOpen();
        return watch;
    }

    /**
     * Faceted search: the words of {@link #search(String, int)} with the request's filters, a page of hits with
     * escaped snippets, and facet counts over every match. Concurrent. Facets of articles stored before this
     * version of the store are empty until {@code reindex}.
     *
     * @throws IllegalArgumentException when the query or cursor cannot be read; the message names it
     */
    public SearchPage search(SearchRequest request) {
        ensureOpen();
        try {
            return access.cached(List.of("search", request), () -> index.search(request, entities::names));
        } catch (IOException e) {
            throw new StoreException(config.dataDir(), "search for \"" + request.query() + "\"", e);
        }
    }

    /**
     * Runs {@code reads} (calls of this store's read methods) on one snapshot of the data in one read transaction:
     * a page's several reads agree with each other, and the database takes its read lock once. Must not write.
     */
    public <T> T snapshot(Supplier<T> reads) {
        ensureOpen();
        try {
            return access.snapshot(reads::get);
        } catch (SQLException e) {
            throw new StoreException(config.dataDir(), "read a snapshot", e);
        }
    }

    /**
     * Forgets the results kept for repeated reads (searches, rails), so that the next reads compute them again:
     * for benchmarks that time the reads themselves, and for a server whose data changed behind its back.
     */
    public void forgetCachedReads() {
        ensureOpen();
        access.forgetCached();
    }

    /** Counts over the stored articles and the index. */
    public synchronized StoreStats stats() {
        ensureOpen();
        try {
            long articles = repository.count();
            long withPublished = repository.countWithPublished();
            long[] eventCounts = eventWriter.counts();
            org.attache.store.index.MergeFailures failures = index.failures();
            String problem = failures.fatal() != null ? failures.fatal() : failures.first();
            return new StoreStats(articles, repository.countDuplicates(DuplicateKind.EXACT),
                    repository.countDuplicates(DuplicateKind.NEAR), repository.countByOutlet(),
                    repository.countByLanguage(), withPublished, articles - withPublished, index.docCount(),
                    eventCounts[0], eventCounts[1], related.pendingCount(), failures.count(), problem);
        } catch (SQLException | IOException e) {
            throw new StoreException(config.dataDir(), "count articles", e);
        }
    }

    /**
     * Calls {@code action} for every stored article in write order, streaming from the database. The
     * store is locked meanwhile: {@code action} must not call it from another thread.
     */
    public synchronized void forEachArticle(Consumer<? super Article> action) {
        ensureOpen();
        try {
            repository.forEachAfter(0, stored -> action.accept(stored.article()));
        } catch (SQLException e) {
            throw new StoreException(config.dataDir(), "read articles", e);
        }
    }

    /**
     * Rebuilds the index from the database, committing pending articles first.
     *
     * @param progress called with the number of articles indexed so far, every thousand and at the end
     * @return the number of articles indexed
     */
    public synchronized long reindex(LongConsumer progress) {
        ensureWritable();
        try {
            commitNow();
            access.markDirty(); // the index changes: no cached searches meanwhile
            try {
                index.deleteAll();
                long count = indexAfter(0, progress);
                related.markAllPending(); // entities and words may have changed: see updateRelated
                connection.commit();
                index.commit(lastSeq);
                return count;
            } finally {
                access.markClean();
            }
        } catch (SQLException | IOException e) {
            throw new StoreException(config.dataDir(), "rebuild the index", e);
        }
    }

    /**
     * Computes the Related News lists of the pending articles (those stored since the last update, or all after
     * a reindex) and keeps them, so that article pages read them instead of searching. Then, since a new article
     * is likely related to the articles it finds related, recomputes the lists of those (once: no further
     * spreading). Commits what is stored first; computes on {@code threads} threads without holding the store's
     * lock, writes and commits every few hundred articles, so that readers and writers proceed meanwhile. An
     * article stored during the update stays pending for the next one.
     *
     * @param progress called with the number of lists computed so far, every few hundred and at the end
     * @return the number of lists computed
     */
    public long updateRelated(int threads, LongConsumer progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        ensureWritable();
        commit();
        List<String> pending = related.pending();
        if (pending.isEmpty()) {
            progress.accept(0);
            return 0;
        }
        return new RelatedNewsUpdate(index, config.dataDir(), this::keepRelated).run(pending, threads, progress);
    }

    /** Keeps a batch of Related News lists and commits: all of the batch or none. */
    private synchronized void keepRelated(Map<String, List<String>> lists) {
        ensureOpen();
        try {
            inSavepoint(() -> {
                related.replace(lists);
                return null;
            });
            commitNow();
        } catch (SQLException | IOException e) {
            throw new StoreException(config.dataDir(), "store related articles", e);
        }
    }

    /** How many articles wait for their Related News list (see {@link #updateRelated}). */
    public long relatedPending() {
        ensureOpen();
        return related.pendingCount();
    }

    /**
     * The database's own consistency check (SQLite's {@code quick_check}): empty when sound, else what it found. On
     * PostgreSQL, which checks itself, whether the store's tables answer.
     */
    public synchronized List<String> checkDatabase() {
        ensureOpen();
        List<String> problems = new java.util.ArrayList<>();
        if (access.dialect() == Dialect.POSTGRESQL) {
            try {
                repository.count();
            } catch (SQLException e) {
                problems.add("the database does not answer: " + e.getMessage());
            }
            return problems;
        }
        try (java.sql.Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(line);
                }
            }
        } catch (SQLException e) {
            problems.add("the check itself failed: " + e.getMessage());
        }
        return problems;
    }

    /** Compares the number of articles in the database and in the index. */
    public synchronized IndexCheck verify() {
        ensureOpen();
        try {
            Set<String> stored = repository.ids();
            Set<String> indexed = index.ids();
            long missing = stored.stream().filter(id -> !indexed.contains(id)).count();
            long extra = indexed.stream().filter(id -> !stored.contains(id)).count();
            return new IndexCheck(stored.size(), indexed.size(), missing, extra);
        } catch (SQLException | IOException e) {
            throw new StoreException(config.dataDir(), "verify the index", e);
        }
    }

    /**
     * Brings the index in line with the committed database: drops documents of articles the database
     * does not have (seq above its highest), indexes articles the index has not committed (seq above
     * the index's recorded seq), and rebuilds the index if the counts still differ.
     */
    private void reconcile() throws SQLException, IOException {
        long dbSeq = lastSeq;
        if (!index.formatCurrent()) {
            LOG.info("The index of {} was written by an older version of Attaché; rebuilding it from the database",
                    config.dataDir());
            index.deleteAll();
            long count = indexAfter(0, n -> { });
            related.markAllPending();
            connection.commit();
            access.markClean();
            index.commit(dbSeq);
            LOG.info("Rebuilt the index of {}: {} articles", config.dataDir(), count);
            return;
        }
        long indexSeq = index.committedSeq();
        index.deleteAbove(dbSeq);
        long added = indexAfter(Math.min(indexSeq, dbSeq), n -> { });
        if (added > 0 || indexSeq != dbSeq) {
            LOG.info("Reconciled index of {}: database at seq {}, index was at seq {}; indexed {} articles",
                    config.dataDir(), dbSeq, indexSeq, added);
        }
        index.commit(dbSeq);
        long rows = repository.count();
        long docs = index.docCount();
        if (rows != docs) {
            LOG.warn("Index of {} holds {} documents for {} articles; rebuilding it", config.dataDir(), docs, rows);
            index.deleteAll();
            indexAfter(0, n -> { });
            index.commit(dbSeq);
        }
    }

    /**
     * Indexes the articles that other processes sharing the database committed since this store last looked, and
     * commits the index, so that searches here find them: for a server whose database others write (PostgreSQL),
     * called every few seconds. Commits are numbered in commit order there (see {@link Dialect}), so the committed
     * articles above the highest {@code seq} this store holds are exactly the ones it lacks. Does nothing on SQLite,
     * on a read-only store, and while this store's own writes are pending (its next write catches up anyway).
     *
     * @return the number of articles indexed
     */
    public synchronized long catchUpWithOtherWriters() {
        ensureOpen();
        if (!access.dialect().sharedWriters() || index.readOnly() || failure != null || holding || uncommitted > 0) {
            return 0;
        }
        try {
            long dbSeq = repository.maxSeq();
            if (dbSeq <= lastSeq) {
                connection.commit(); // ends the read: the next one sees later commits
                return 0;
            }
            long added = indexAfter(lastSeq, n -> { });
            lastSeq = dbSeq; // their Related News lists are in the database: their writer computes them
            commitNow();
            access.forgetCached();
            LOG.info("Indexed {} articles that other processes stored in {}", added, config.databaseLabel());
            return added;
        } catch (SQLException | IOException e) {
            throw writeFailed("index the articles other processes stored", e);
        }
    }

    /**
     * On taking the database-wide write lock (PostgreSQL): indexes the articles that other processes committed since
     * this store's last write, and continues numbering after them. Write transactions follow each other under that
     * lock, so those articles are exactly the ones with a higher {@code seq}.
     */
    private void catchUp() throws SQLException {
        long dbSeq = repository.maxSeq();
        if (dbSeq <= lastSeq) {
            return;
        }
        try {
            long added = indexAfter(lastSeq, n -> { });
            LOG.debug("Indexed {} articles that other processes stored in {}", added, config.databaseLabel());
        } catch (IOException e) {
            throw new SQLException("the index could not take the articles other processes stored: " + e.getMessage(), e);
        }
        lastSeq = dbSeq;
        access.forgetCached();
    }

    private long indexAfter(long seq, LongConsumer progress) throws SQLException, IOException {
        long[] count = {0};
        try {
            repository.forEachAfter(seq, stored -> {
                try {
                    index.put(stored.seq(), stored.article(), repository.facets(stored.article().id()));
                } catch (SQLException e) {
                    throw new StoreException(config.dataDir(), "read the facets of article " + stored.article().id(), e);
                } catch (IOException e) {
                    throw new IndexFailure(e);
                }
                if (++count[0] % PROGRESS_EVERY == 0) {
                    progress.accept(count[0]);
                }
            });
        } catch (IndexFailure e) {
            throw e.getCause();
        }
        progress.accept(count[0]);
        return count[0];
    }

    /** Carries an IOException out of a Consumer. */
    private static final class IndexFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IndexFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Store " + config.dataDir() + " is closed");
        }
    }

    /**
     * Commits pending articles and closes the database and index; after a write failure commits nothing (it was
     * rolled back then). Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Exception closing = null;
        try {
            if (!index.readOnly() && failure == null) {
                commitNow();
            }
        } catch (SQLException | IOException | RuntimeException e) {
            closing = e;
        }
        access.close();
        closeQuietly(index, repository, connection, closing);
        if (closing != null) {
            throw new StoreException(config.dataDir(), "close", closing);
        }
    }

    private static void closeQuietly(ArticleIndex index, ArticleRepository repository, Connection connection,
                                     Exception failure) {
        for (AutoCloseable c : new AutoCloseable[] {index, repository, connection}) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (Exception e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else {
                    LOG.warn("Closing the store failed", e);
                }
            }
        }
    }
}
