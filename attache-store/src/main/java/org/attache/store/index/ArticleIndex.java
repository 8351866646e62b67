package org.attache.store.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.attache.api.Article;
import org.attache.api.config.SearchLimits;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The Lucene index of a data folder: one document per stored article, written through one
 * {@link IndexWriter} and searched near-real-time, so that searches see articles as soon as they are
 * added, before the next commit.
 *
 * <p>Each {@link #commit(long)} records the highest article seq the index holds in the commit's user
 * data ({@value #SEQ_KEY}); uncommitted changes are discarded by {@link #close()} (commit-on-close is
 * off), because only the caller knows whether the database committed them too.
 *
 * <p>Writes must come from one thread at a time; searches may be called from any thread: they go through a
 * {@link SearcherManager}, so they run concurrently with each other and with writes.
 */
public final class ArticleIndex implements AutoCloseable {
    /** Commit user-data key holding the highest indexed seq. */
    public static final String SEQ_KEY = "attache.seq";
    /** Commit user-data key holding the document layout the index was written with ({@link #FORMAT}). */
    static final String FORMAT_KEY = "attache.format";
    /** The document layout of this version: 2 added the {@link HitFields} doc values, 3 the relevance. */
    static final String FORMAT = "3";

    static final String ID = "id";
    static final String SEQ = "seq";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String OUTLET = "outlet";
    static final String OUTLET_DISPLAY = "outlet_display";
    static final String LANG = "lang";
    static final String PUBLISHED = "published";
    static final String PUBLISHED_DAY = "published_day";
    static final String DATELINE = "dateline";
    /** The article's duplicate group: the id of the article it copies, or its own id. */
    static final String DUP_GROUP = "dup_group";
    /** Facet and filter fields: indexed as keywords and as sorted-set doc values for counting. */
    static final String F_OUTLET = "f_outlet";
    static final String F_COUNTRY = "f_country";
    static final String F_ENTITY = "f_entity";
    static final String F_TYPE = "f_event_type";
    static final String F_STATUS = "f_status";
    static final String F_MONTH = "f_month";
    /** The article's relevance label ("political", "business", …). */
    static final String F_RELEVANCE = "f_relevance";

    /** Stored text with positions (phrases) and offsets in the postings (fast highlighting). */
    private static final FieldType TEXT = textType();

    private final FoldingAnalyzer analyzer = new FoldingAnalyzer();
    private final Directory directory;
    /** The writer; null when read-only, from the start or since a {@link #rollback()}. */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private final MergeFailures mergeFailures;
    private final IndexSearch search;
    private final FacetOrdinals facetOrdinals = FacetedSearch.ordinals();
    private long committedSeq;
    private String committedFormat;

    private ArticleIndex(Directory directory, IndexWriter writer, MergeFailures merges, SearchLimits limits)
            throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.mergeFailures = merges;
        this.searchers = new SearcherManager(writer, null);
        this.search = new IndexSearch(analyzer, limits);
        this.committedSeq = Long.parseLong(commitData(writer.getLiveCommitData(), SEQ_KEY, "0"));
        this.committedFormat = commitData(writer.getLiveCommitData(), FORMAT_KEY, "1");
    }

    private ArticleIndex(Directory directory, Map<String, String> commitData, SearchLimits limits) throws IOException {
        this.directory = directory;
        this.writer = null;
        this.mergeFailures = new MergeFailures();
        this.searchers = new SearcherManager(directory, null);
        this.search = new IndexSearch(analyzer, limits);
        this.committedSeq = Long.parseLong(commitData(commitData.entrySet(), SEQ_KEY, "0"));
        this.committedFormat = commitData(commitData.entrySet(), FORMAT_KEY, "1");
    }

    /** Opens or creates the index in {@code dir}, with the default search limits. */
    public static ArticleIndex open(Path dir) throws IOException {
        return open(dir, SearchLimits.DEFAULTS);
    }

    /** Opens or creates the index in {@code dir}; searches keep to {@code limits}. */
    public static ArticleIndex open(Path dir, SearchLimits limits) throws IOException {
        return open(FSDirectory.open(dir), limits);
    }

    /**
     * Opens or creates the index in {@code directory} (which it then owns and closes); for tests that inject
     * faults under the index, such as a full disk.
     */
    public static ArticleIndex open(Directory directory, SearchLimits limits) throws IOException {
        try {
            MergeFailures merges = new MergeFailures();
            IndexWriterConfig config = new IndexWriterConfig(new FoldingAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64)
                    .setMergeScheduler(merges.scheduler());
            return new ArticleIndex(directory, new IndexWriter(directory, config), merges, limits);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the last commit of the index in {@code dir} for reading only: no write lock, so it works beside a
     * process that writes (a server, an ingest), and sees that process's commits as they land. Every write
     * method throws {@link IllegalStateException}.
     *
     * @throws org.apache.lucene.index.IndexNotFoundException when {@code dir} holds no committed index
     */
    public static ArticleIndex openReadOnly(Path dir) throws IOException {
        return openReadOnly(dir, SearchLimits.DEFAULTS);
    }

    /** As {@link #openReadOnly(Path)}; searches keep to {@code limits}. */
    public static ArticleIndex openReadOnly(Path dir, SearchLimits limits) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            return new ArticleIndex(directory, data, limits);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Whether this index was opened by {@link #openReadOnly}, or is read-only since a {@link #rollback()}. */
    public boolean readOnly() {
        return writer == null;
    }

    private IndexWriter writer() {
        IndexWriter w = writer;
        if (w == null) {
            throw new IllegalStateException("the index is open read-only");
        }
        return w;
    }

    /** Background merges that failed since this index was opened (each logged once), and the writer's fatal error. */
    public MergeFailures failures() {
        IndexWriter w = writer;
        if (w != null && w.getTragicException() != null) {
            mergeFailures.fatal(w.getTragicException());
        }
        return mergeFailures;
    }

    /**
     * Discards every change since the last commit and turns this index read-only at that commit, so that it agrees
     * with a database rolled back after a failed write; searches go on over the last commit. Idempotent.
     */
    public synchronized void rollback() {
        IndexWriter w = writer;
        if (w == null) {
            return;
        }
        writer = null;
        try {
            w.rollback();
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ArticleIndex.class).warn("Rolling back the index failed", e);
        }
        SearcherManager old = searchers;
        try {
            searchers = new SearcherManager(directory, null);
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ArticleIndex.class).warn("Reopening the index's last commit failed", e);
        }
        try {
            old.close();
        } catch (IOException | RuntimeException e) {
            // the old searchers read a writer that is gone
        }
    }

    private static String commitData(Iterable<Map.Entry<String, String>> data, String key, String missing) {
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (key.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return missing;
    }

    /**
     * False when the index holds documents written by an older version, in a layout this one cannot read
     * (the store then rebuilds it from the database).
     */
    public boolean formatCurrent() throws IOException {
        return FORMAT.equals(committedFormat) || docCount() == 0;
    }

    /** The analyzer used for text fields and queries. */
    public FoldingAnalyzer analyzer() {
        return analyzer;
    }

    /** Highest article seq recorded by the last commit, 0 for a new index. */
    public long committedSeq() {
        return committedSeq;
    }

    /** Adds or replaces (by id) the document of an article without facets (see {@link #put(long, Article, ArticleFacets)}). */
    public void put(long seq, Article article) throws IOException {
        put(seq, article, ArticleFacets.NONE);
    }

    /**
     * Adds or replaces (by id) the document of an article with the values of its facets. Visible to search at
     * once, durable at commit.
     */
    public void put(long seq, Article article, ArticleFacets facets) throws IOException {
        writer().updateDocument(new Term(ID, article.id()), document(seq, article, facets));
    }

    /**
     * Runs {@code work} with a current searcher (refreshed if the index changed), released afterwards. Safe from
     * any number of threads.
     */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        SearcherManager searchers = this.searchers;
        refresh(searchers);
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Work with a searcher. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs a faceted search.
     *
     * @param entityNames names of the entity ids asked (for facet labels); ids it omits are shown as ids
     * @throws IllegalArgumentException when the query or cursor cannot be read; the message names it
     */
    public org.attache.store.read.SearchPage search(org.attache.store.read.SearchRequest request,
            java.util.function.Function<java.util.Set<String>, Map<String, String>> entityNames) throws IOException {
        return withSearcher(searcher -> new FacetedSearch(analyzer, search, facetOrdinals).run(searcher, request, entityNames));
    }

    /**
     * Articles related to one: sharing its entities (rarer entities weigh more) or its words (MoreLikeThis on
     * title and body), best first; never the article itself, the article it copies, nor other copies of either,
     * and one article per duplicate group. Empty when the article is not indexed.
     */
    public java.util.List<org.attache.store.read.ArticleRef> related(String articleId, int limit) throws IOException {
        return withSearcher(searcher -> Related.find(searcher, analyzer, articleId, limit));
    }

    /** Deletes every document with seq above {@code seq}. */
    public void deleteAbove(long seq) throws IOException {
        writer().deleteDocuments(LongPoint.newRangeQuery(SEQ, seq + 1, Long.MAX_VALUE));
    }

    /** Deletes every document (for a rebuild). */
    public void deleteAll() throws IOException {
        writer().deleteAll();
    }

    /** Makes all changes durable, recording that the index now holds every article up to {@code seq}. */
    public void commit(long seq) throws IOException {
        prepareCommit(seq);
        finishCommit(seq);
    }

    /**
     * The first phase of a commit: writes and syncs everything the commit needs, recording {@code seq}, without
     * making it the index's last commit yet. The caller then commits its database and calls {@link #finishCommit},
     * or {@link #rollback()} when the database failed. A full disk fails here, before the database commits.
     */
    public void prepareCommit(long seq) throws IOException {
        writer().setLiveCommitData(Map.of(SEQ_KEY, Long.toString(seq), FORMAT_KEY, FORMAT).entrySet());
        writer().prepareCommit();
    }

    /** The second phase of a commit begun by {@link #prepareCommit}: publishes it. */
    public void finishCommit(long seq) throws IOException {
        writer().commit();
        committedSeq = seq;
        committedFormat = FORMAT;
        refresh(searchers);
    }

    /** Refreshes the searchers to the latest changes; a writer gone after a failure leaves them as they are. */
    private static void refresh(SearcherManager searchers) throws IOException {
        try {
            searchers.maybeRefresh();
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            // the writer was closed by a fatal error: search what was last opened
        }
    }

    /** The article ids of all live documents, including those not yet committed. */
    public java.util.Set<String> ids() throws IOException {
        SearcherManager searchers = this.searchers;
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.index.LeafReader reader = leaf.reader();
                org.apache.lucene.util.Bits live = reader.getLiveDocs();
                org.apache.lucene.index.StoredFields fields = reader.storedFields();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        ids.add(fields.document(doc, java.util.Set.of(ID)).get(ID));
                    }
                }
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Number of live documents, including those not yet committed. */
    public long docCount() throws IOException {
        SearcherManager searchers = this.searchers;
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Searches with the syntax of {@link SearchQuery}.
     *
     * @throws IllegalArgumentException when the query cannot be parsed; the message names the query
     */
    public SearchResults search(String query, int limit) throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        SearcherManager searchers = this.searchers;
        refresh(searchers);
        IndexSearcher searcher = searchers.acquire();
        try {
            return search.run(searcher, query, limit);
        } finally {
            searchers.release(searcher);
        }
    }

    Document document(long seq, Article a, ArticleFacets facets) {
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new StringField(DUP_GROUP, a.duplicateOf() == null ? a.id() : a.duplicateOf(), Field.Store.YES));
        if (a.dateline() != null && !a.dateline().isBlank()) {
            doc.add(new StoredField(DATELINE, a.dateline()));
        }
        keywords(doc, F_COUNTRY, facets.countries());
        keywords(doc, F_ENTITY, facets.entityIds());
        keywords(doc, F_TYPE, facets.eventTypes());
        keywords(doc, F_STATUS, facets.statuses());
        keywords(doc, F_RELEVANCE, facets.relevance() == null ? java.util.Set.of() : java.util.Set.of(facets.relevance()));
        doc.add(new LongPoint(SEQ, seq));
        doc.add(new StoredField(SEQ, seq));
        if (a.title() != null) {
            doc.add(new Field(TITLE, a.title(), TEXT));
        }
        doc.add(new Field(BODY, a.bodyText(), TEXT));
        doc.add(HitFields.field(a));
        if (a.outlet() != null && !a.outlet().isBlank()) {
            doc.add(new StringField(OUTLET, analyzer.foldKeyword(a.outlet()), Field.Store.NO));
            doc.add(new StoredField(OUTLET_DISPLAY, a.outlet()));
            doc.add(new SortedSetDocValuesField(F_OUTLET, new BytesRef(a.outlet().strip())));
        }
        if (a.language() != null && !a.language().isBlank()) {
            doc.add(new StringField(LANG, a.language().strip().toLowerCase(Locale.ROOT), Field.Store.YES));
        }
        if (a.published() != null) {
            doc.add(new StoredField(PUBLISHED, a.published().value()));
            Long day = epochDay(a.published().value());
            if (day != null) {
                doc.add(new LongPoint(PUBLISHED_DAY, day));
                doc.add(new NumericDocValuesField(PUBLISHED_DAY, day));
                doc.add(new SortedSetDocValuesField(F_MONTH, new BytesRef(a.published().value().substring(0, 7))));
            }
        }
        return doc;
    }

    private static void keywords(Document doc, String field, java.util.Set<String> values) {
        for (String v : values) {
            doc.add(new StringField(field, v, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(field, new BytesRef(v)));
        }
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Epoch day of an ISO value with at least day precision, or null. */
    static Long epochDay(String isoValue) {
        if (isoValue.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(isoValue.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Closes without committing: changes since the last {@link #commit(long)} are lost. */
    @Override
    public void close() throws IOException {
        IndexWriter writer = this.writer;
        SearcherManager searchers = this.searchers;
        try (directory; writer; searchers) {
            // closing order: searchers, writer (a rollback, as commit-on-close is off; none when read-only), directory
        }
    }
}
