package org.attache.app.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.attache.api.Article;
import org.attache.api.ArticleExtractor;
import org.attache.api.PageSource;
import org.attache.api.SourceItem;
import org.attache.api.config.AttacheConfig;
import org.attache.extract.source.Sources;
import org.attache.api.events.Event;
import org.attache.api.registry.EntityRegistry;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.Analysis;
import org.attache.pipeline.ArticleAnalyser;
import org.attache.pipeline.Outcome;
import org.attache.pipeline.RegistryStep;
import org.attache.store.Store;
import org.attache.store.StoreOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Source → Extract → Annotate → Resolve → Code → Cluster → Store for a list of inputs. A reader thread
 * streams the sources; the analysis core's per-article function ({@link ArticleAnalyser}: extraction, annotation,
 * the relevance judgement) runs on {@code config.workers()} threads; the calling thread runs its cross-article step
 * ({@link RegistryStep}: resolve, code) and the store's clustering on the articles in input order, each article with
 * its entities and events in one transaction, so a run is deterministic whatever the thread timing. Memory is bounded by a queue of in-flight pages and a budget of
 * their bytes.
 *
 * <p><b>Bounded work per page</b> ({@link org.attache.api.config.PageLimits}): the extractor refuses pages
 * over its caps, only the first {@code maxAnnotatedChars} of a body are annotated (counted as "annotated in
 * part"), and a {@link PageWatchdog} skips a page whose extraction and annotation run over the time budget
 * ("over time budget"). A page that fails in any other way (even out of memory) is skipped with its reason;
 * one bad page never stops, stalls or loses the rest of the run. Progress counts an article as stored once
 * it is committed.
 *
 * <p>Inputs are files and folders ({@link #run(List)}) or any {@link PageSource}, such as the pages {@code attache
 * watch} fetches ({@link #run(PageSource, ItemListener)}).
 *
 * <p>Not reusable: one instance per run.
 */
public final class IngestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);
    private static final int MAX_SKIP_EXAMPLES = 20;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** Pending articles are committed at least this often, so that progress and crashes lose little. */
    private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Reason of a page stopped by the watchdog. */
    static final String OVER_TIME_BUDGET = "over time budget";

    private final AttacheConfig config;
    private final ArticleAnalyser analyser;
    /** The cross-article step, or null when the language stages are off. */
    private final RegistryStep registryStep;
    private final Store store;
    private final Consumer<IngestReport> progress;
    private ItemListener outcomes = ItemListener.NONE;
    private long maxItems = Long.MAX_VALUE;

    private long items;
    private long stored;
    private long exact;
    private long near;
    private long present;
    /** Written since the last commit, by outcome: stored, exact, near; counted above once committed. */
    private final long[] pending = new long[3];
    /** {@link Store#kindsChanged()} as last read. */
    private long[] kindsSeen;
    private long lastCommit;
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Map<String, Long> notes = new LinkedHashMap<>();
    private final List<String> skipExamples = new ArrayList<>();
    private long started;
    /** Articles read before a later one changed their entities, resolved and coded again at the end. */
    private final Resettler unsettled;

    /**
     * @param analysis the Annotate, Resolve, Code and Cluster stages, or null to store articles without
     *                 entities and events
     * @param progress called on the storing thread with a snapshot, a few times a second and at the end
     */
    public IngestPipeline(AttacheConfig config, ArticleExtractor extractor, Analysis analysis, Store store,
                          Consumer<IngestReport> progress) {
        this(config, new ArticleAnalyser(extractor, analysis, config.limits()), store, progress);
    }

    /**
     * @param analyser the analysis core's per-article function; its stages' {@link RegistryStep} runs in the store's
     *                 transactions (none when it extracts only)
     * @param progress called on the storing thread with a snapshot, a few times a second and at the end
     */
    public IngestPipeline(AttacheConfig config, ArticleAnalyser analyser, Store store,
                          Consumer<IngestReport> progress) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(analyser, "analyser");
        this.registryStep = analyser.stages() == null ? null : analyser.stages().registryStep();
        // the workers' tagging and parsing travel in the outcome, so that the settling pass can code it again
        this.analyser = registryStep == null ? analyser : analyser.carrying();
        this.store = Objects.requireNonNull(store, "store");
        this.kindsSeen = store.kindsChanged();
        this.progress = progress == null ? report -> { } : progress;
        this.unsettled = registryStep == null ? null
                : new Resettler(ArticleAnalyser.ofArticles(analyser.stages(), config.limits()).carrying(),
                        registryStep, store, config.settleMemoryBytes());
    }

    /**
     * Reads at most the first {@code count} items of the inputs (a subset for a quick measurement); the rest are not
     * read. Returns this pipeline.
     */
    public IngestPipeline limitItems(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0: " + count);
        }
        this.maxItems = count;
        return this;
    }

    /** Thrown through a source's read loop once {@link #limitItems} items are read. */
    private static final class EnoughRead extends RuntimeException {
        EnoughRead() {
            super(null, null, false, false);
        }
    }

    /** Thrown through a source's read loop to stop it early. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** A page on its way: its source (to name it if its work is cancelled), its bytes held and its work. */
    private record InFlight(String source, int kilobytes, Future<Outcome<Analysed>> work) {
    }

    private static final InFlight END = new InFlight("", 0, CompletableFuture.completedFuture(null));

    /**
     * Ingests every input. Under {@code config.strict()} the first skipped item stops the run with a
     * {@link StrictModeException}; everything stored before it is complete.
     */
    public IngestReport run(List<Path> inputs) {
        List<Supplier<PageSource>> sources = inputs.stream().<Supplier<PageSource>>map(input -> () -> {
            LOG.info("reading {}", input);
            return Sources.open(input, config.source());
        }).toList();
        return read(sources);
    }

    /**
     * Ingests the pages of {@code source} (such as pages fetched from the web) as {@link #run(List)} ingests files,
     * telling {@code outcomes} what became of each item.
     */
    public IngestReport run(PageSource source, ItemListener outcomes) {
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        return read(List.of(() -> source));
    }

    /**
     * Stores outcomes that the analysis core produced elsewhere (a Spark job's executors), in the order given, exactly
     * as {@link #run(List)} stores the outcomes of its own workers: the cross-article step, the store's deduplication
     * and clustering, the same counts and skips. The order must be the inputs' order for the result to equal an
     * ingest of the same inputs.
     */
    public IngestReport store(java.util.Iterator<Outcome<Analysed>> analysed, ItemListener outcomes) {
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        started = System.nanoTime();
        lastCommit = started;
        long lastProgress = started;
        while (analysed.hasNext() && items < maxItems) {
            handle(analysed.next());
            if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                commit();
            }
            if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                progress.accept(snapshot());
                lastProgress = System.nanoTime();
            }
        }
        commit();
        resettle();
        IngestReport report = snapshot();
        progress.accept(report);
        return report;
    }

    private IngestReport read(List<Supplier<PageSource>> inputs) {
        started = System.nanoTime();
        lastCommit = started;
        int workers = config.workers();
        BlockingQueue<InFlight> queue = new ArrayBlockingQueue<>(workers * 32);
        Semaphore bytes = new Semaphore(inFlightKilobytes());
        AtomicReference<Throwable> readerFailure = new AtomicReference<>();
        Thread reader;
        try (PageWatchdog pool = new PageWatchdog(workers, config.limits().timeBudget())) {
            reader = new Thread(() -> readAll(inputs, pool, queue, bytes, readerFailure), "attache-source");
            reader.setDaemon(true);
            reader.start();
            try {
                long lastProgress = System.nanoTime();
                while (true) {
                    InFlight next = queue.take();
                    if (next == END) {
                        break;
                    }
                    try {
                        handle(outcome(next));
                    } finally {
                        bytes.release(next.kilobytes());
                    }
                    if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                        commit();
                    }
                    if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                        progress.accept(snapshot());
                        lastProgress = System.nanoTime();
                    }
                }
                if (readerFailure.get() != null) {
                    throw new IllegalStateException("reading inputs failed: " + readerFailure.get().getMessage(),
                            readerFailure.get());
                }
                commit();
                resettle();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            } finally {
                reader.interrupt();
            }
        }
        IngestReport report = snapshot();
        progress.accept(report);
        LOG.info("ingest done: {} items, {} stored, {} exact duplicates, {} near duplicates, {} already present, "
                        + "{} skipped in {} ms", report.items(), report.stored(), report.exactDuplicates(),
                report.nearDuplicates(), report.alreadyPresent(), report.skippedTotal(), report.elapsed().toMillis());
        return report;
    }

    /** The page bytes the reader may hold in flight: a quarter of the heap, at least 64 MB, in kilobytes. */
    private static int inFlightKilobytes() {
        long quarter = Runtime.getRuntime().maxMemory() / 4;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(64L << 20, quarter) >> 10);
    }

    /** What became of a page: its work's outcome, or a skip when the work was cut short or failed. */
    private static Outcome<Analysed> outcome(InFlight page) throws InterruptedException {
        try {
            return page.work().get();
        } catch (CancellationException e) {
            LOG.warn("Skipped {}: {}", page.source(), OVER_TIME_BUDGET);
            return new Outcome.Skipped<>(new SourceItem.Skipped(page.source(), 0, OVER_TIME_BUDGET));
        } catch (ExecutionException e) {
            LOG.warn("Skipped {}: failed", page.source(), e.getCause());
            return new Outcome.Skipped<>(new SourceItem.Skipped(page.source(), 0, "failed: " + e.getCause()));
        }
    }

    /** Resolves and codes again the articles whose entities later articles changed ({@link Resettler}), and commits. */
    private void resettle() {
        if (unsettled == null) {
            return;
        }
        unsettled.addOneWordPersons();
        if (unsettled.pending() > 0) {
            unsettled.run(config.workers());
        }
        unsettled.release();
        commit();
    }

    /** The settling pass of this run, or null when the language stages are off (for tests). */
    Resettler settling() {
        return unsettled;
    }

    /** Commits what is pending and counts it as stored. */
    private void commit() {
        store.commit();
        committed();
        lastCommit = System.nanoTime();
    }

    /** Counts the pending articles as stored once the store holds no uncommitted write. */
    private void committed() {
        stored += pending[0];
        exact += pending[1];
        near += pending[2];
        java.util.Arrays.fill(pending, 0);
    }

    private void readAll(List<Supplier<PageSource>> inputs, PageWatchdog pool, BlockingQueue<InFlight> queue,
                         Semaphore bytes, AtomicReference<Throwable> failure) {
        long[] read = {0};
        try {
            for (Supplier<PageSource> input : inputs) {
                if (read[0] >= maxItems) {
                    break;
                }
                input.get().read(item -> {
                    if (read[0]++ >= maxItems) {
                        throw new EnoughRead();
                    }
                    enqueue(queue, submit(pool, bytes, item));
                });
            }
        } catch (EnoughRead enough) {
            // the rest is not read; the items read go on to END
        } catch (StopReading stop) {
            return;
        } catch (RuntimeException | Error e) {
            failure.set(e);
        }
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void enqueue(BlockingQueue<InFlight> queue, InFlight work) {
        try {
            queue.put(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StopReading();
        }
    }

    private InFlight submit(PageWatchdog pool, Semaphore bytes, SourceItem item) {
        return switch (item) {
            case SourceItem.Skipped skip -> new InFlight(skip.source(), 0,
                    CompletableFuture.completedFuture(new Outcome.Skipped<>(skip)));
            case SourceItem.Loaded loaded -> {
                int kilobytes = Math.max(1, (int) Math.min(loaded.page().content().length >> 10,
                        inFlightKilobytes()));
                try {
                    bytes.acquire(kilobytes); // before the page's work allocates: memory for pages in flight is capped
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StopReading();
                }
                yield new InFlight(loaded.page().source(), kilobytes, pool.submit(() -> analyser.analyse(loaded.page())));
            }
        };
    }

    private void handle(Outcome<Analysed> work) {
        items++;
        switch (work) {
            case Outcome.Skipped<Analysed> skip -> skip(skip.skipped());
            case Outcome.Done<Analysed> done -> {
                Analysed extracted = done.value();
                Article article = extracted.article();
                // told inside the article's savepoint, before any commit the store makes after it
                Consumer<EntityRegistry> written = registry -> outcomes.written(article.source(), article.id());
                StoreOutcome outcome;
                try {
                    outcome = !extracted.isAnnotated() || registryStep == null ? store.store(article, written)
                            : store.store(article, extracted.relevance().article(), registry -> {
                                List<Event> events = analyse(extracted, registry);
                                unsettled.note(extracted, registry);
                                written.accept(registry);
                                return events;
                            }, registryStep.matcher());
                } catch (AnalysisFailure e) {
                    // the store undid the article's entity and event writes; one article's bad case must neither
                    // stop the run nor lose the article: it is stored as extracted, and `reprocess` (after a fix)
                    // gives it its entities and events
                    LOG.warn("{}: resolving or coding failed; stored without entities and events",
                            article.source(), e.getCause());
                    notes.merge(STORED_UNANALYSED, 1L, Long::sum);
                    outcome = store.store(article, written);
                }
                if (outcome instanceof StoreOutcome.AlreadyPresent) {
                    outcomes.written(article.source(), article.id());
                }
                switch (outcome.kind()) {
                    case STORED -> pending[0]++;
                    case EXACT_DUPLICATE -> pending[1]++;
                    case NEAR_DUPLICATE -> pending[2]++;
                    case ALREADY_PRESENT -> present++;
                }
                // an article with a smaller id than copies stored before becomes their original (issue 16): an article
                // counted as stored is now a copy, or a near copy an exact one
                long[] kinds = store.kindsChanged();
                for (int k = 0; k < kinds.length; k++) {
                    pending[k] += kinds[k] - kindsSeen[k];
                }
                kindsSeen = kinds;
                if (extracted.partial() && outcome.kind() != StoreOutcome.Kind.ALREADY_PRESENT) {
                    notes.merge(ANNOTATED_IN_PART, 1L, Long::sum);
                    LOG.info("{}: annotated in part, the first {} characters of its body",
                            extracted.article().source(), config.limits().maxAnnotatedChars());
                }
                if (store.uncommitted() == 0) {
                    committed(); // the store committed on its own (every commitEvery articles)
                }
            }
        }
    }

    private List<Event> analyse(Analysed analysed, EntityRegistry registry) {
        try {
            return registryStep.events(analysed, registry);
        } catch (RuntimeException e) {
            throw new AnalysisFailure(e);
        }
    }

    /** A Resolve or Code failure on one article, told apart from the store's own failures. */
    private static final class AnalysisFailure extends RuntimeException {
        AnalysisFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** Note of an article stored without entities and events because resolving or coding it failed. */
    static final String STORED_UNANALYSED = "stored without entities and events (resolving or coding failed)";

    /** Note of an article whose body was annotated in part ({@link Analysed#partial()}). */
    static final String ANNOTATED_IN_PART = "annotated in part";

    private void skip(SourceItem.Skipped skip) {
        outcomes.skipped(skip);
        skipped.merge(reasonKey(skip.reason()), 1L, Long::sum);
        if (skipExamples.size() < MAX_SKIP_EXAMPLES) {
            skipExamples.add(skip.toString());
        }
        if (config.strict() && skip.fault()) {
            commit();
            throw new StrictModeException(skip);
        }
    }

    /** Groups reasons that differ only in their detail: "malformed JSON: Unexpected character…" → "malformed JSON". */
    public static String reasonKey(String reason) {
        int colon = reason.indexOf(':');
        return (colon > 0 ? reason.substring(0, colon) : reason).strip();
    }

    private IngestReport snapshot() {
        return new IngestReport(items, stored, exact, near, present,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped)), List.copyOf(skipExamples),
                Duration.ofNanos(System.nanoTime() - started),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes)));
    }

    /** The first skipped input of a {@code --strict} run. */
    public static final class StrictModeException extends RuntimeException {
        private final transient SourceItem.Skipped skipped;

        StrictModeException(SourceItem.Skipped skipped) {
            super("--strict: input skipped: " + skipped);
            this.skipped = skipped;
        }

        public SourceItem.Skipped skipped() {
            return skipped;
        }
    }
}
