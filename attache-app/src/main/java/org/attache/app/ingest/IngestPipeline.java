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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.ArticleExtractor;
import org.attache.api.ExtractionException;
import org.attache.api.SourceItem;
import org.attache.api.config.AttacheConfig;
import org.attache.extract.source.Sources;
import org.attache.api.events.Event;
import org.attache.api.registry.EntityRegistry;
import org.attache.store.ArticleStore;
import org.attache.store.StoreOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Source → Extract → Annotate → Resolve → Code → Cluster → Store for a list of inputs. A reader thread
 * streams the sources; extraction and annotation run on {@code config.workers()} threads; the calling
 * thread resolves, codes, clusters and stores the articles in input order, each article with its entities
 * and events in one transaction, so a run is
 * deterministic whatever the thread timing. Memory is bounded by a queue of in-flight pages.
 *
 * <p>Not reusable: one instance per run.
 */
public final class IngestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);
    private static final int MAX_SKIP_EXAMPLES = 20;
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final AttacheConfig config;
    private final ArticleExtractor extractor;
    private final Analysis analysis;
    private final ArticleStore store;
    private final Consumer<IngestReport> progress;

    private long items;
    private long stored;
    private long exact;
    private long near;
    private long present;
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final List<String> skipExamples = new ArrayList<>();
    private long started;

    /**
     * @param analysis the Annotate, Resolve, Code and Cluster stages, or null to store articles without
     *                 entities and events
     * @param progress called on the storing thread with a snapshot, a few times a second and at the end
     */
    public IngestPipeline(AttacheConfig config, ArticleExtractor extractor, Analysis analysis, ArticleStore store,
                          Consumer<IngestReport> progress) {
        this.config = Objects.requireNonNull(config, "config");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.analysis = analysis;
        this.store = Objects.requireNonNull(store, "store");
        this.progress = progress == null ? report -> { } : progress;
    }

    /** The outcome of one input item after extraction. */
    private sealed interface Work {
        /** An extracted article and, when entities are on, its annotation. */
        record Extracted(Article article, Annotated annotated) implements Work {
        }

        record Skip(SourceItem.Skipped skipped) implements Work {
        }
    }

    /** Thrown through a source's read loop to stop it early. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final Future<Work> END = CompletableFuture.completedFuture(null);

    /**
     * Ingests every input. Under {@code config.strict()} the first skipped item stops the run with a
     * {@link StrictModeException}; everything stored before it is complete.
     */
    public IngestReport run(List<Path> inputs) {
        started = System.nanoTime();
        int workers = config.workers();
        ExecutorService pool = Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().name("attache-extract-", 1).daemon().factory());
        BlockingQueue<Future<Work>> queue = new ArrayBlockingQueue<>(workers * 32);
        AtomicReference<Throwable> readerFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> readAll(inputs, pool, queue, readerFailure), "attache-source");
        reader.setDaemon(true);
        reader.start();
        try {
            long lastProgress = System.nanoTime();
            while (true) {
                Future<Work> next = queue.take();
                if (next == END) {
                    break;
                }
                handle(next.get());
                if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                    progress.accept(snapshot());
                    lastProgress = System.nanoTime();
                }
            }
            if (readerFailure.get() != null) {
                throw new IllegalStateException("reading inputs failed: " + readerFailure.get().getMessage(),
                        readerFailure.get());
            }
            store.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
        IngestReport report = snapshot();
        progress.accept(report);
        LOG.info("ingest done: {} items, {} stored, {} exact duplicates, {} near duplicates, {} already present, "
                        + "{} skipped in {} ms", report.items(), report.stored(), report.exactDuplicates(),
                report.nearDuplicates(), report.alreadyPresent(), report.skippedTotal(), report.elapsed().toMillis());
        return report;
    }

    private void readAll(List<Path> inputs, ExecutorService pool, BlockingQueue<Future<Work>> queue,
                         AtomicReference<Throwable> failure) {
        try {
            for (Path input : inputs) {
                LOG.info("reading {}", input);
                Sources.open(input, config.source()).read(item -> enqueue(queue, submit(pool, item)));
            }
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

    private static void enqueue(BlockingQueue<Future<Work>> queue, Future<Work> work) {
        try {
            queue.put(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StopReading();
        }
    }

    private Future<Work> submit(ExecutorService pool, SourceItem item) {
        return switch (item) {
            case SourceItem.Skipped skip -> CompletableFuture.completedFuture(new Work.Skip(skip));
            case SourceItem.Loaded loaded -> pool.submit(() -> {
                Article article;
                try {
                    article = extractor.extract(loaded.page());
                } catch (ExtractionException e) {
                    LOG.warn("Skipped {}: {}", e.source(), e.reason());
                    return new Work.Skip(new SourceItem.Skipped(e.source(), 0, e.reason()));
                }
                if (analysis == null) {
                    return new Work.Extracted(article, null);
                }
                try {
                    Annotated annotated = analysis.annotator().annotate(article);
                    analysis.coder().prepare(annotated); // tagging and parsing here, beside annotation
                    return new Work.Extracted(article, annotated);
                } catch (RuntimeException e) {
                    LOG.warn("Skipped {}: annotation failed", article.source(), e);
                    return new Work.Skip(new SourceItem.Skipped(article.source(), 0, "annotation failed: " + e));
                }
            });
        };
    }

    private void handle(Work work) {
        items++;
        switch (work) {
            case Work.Skip skip -> skip(skip.skipped());
            case Work.Extracted extracted -> {
                Annotated annotated = extracted.annotated();
                StoreOutcome outcome;
                try {
                    outcome = annotated == null ? store.store(extracted.article())
                            : store.store(extracted.article(), registry -> analyse(annotated, registry),
                                    analysis.matcher());
                } catch (AnalysisFailure e) {
                    // the store undid the article's writes; one article's bad case must not stop the run
                    LOG.warn("Skipped {}: resolving or coding failed", extracted.article().source(), e.getCause());
                    skip(new SourceItem.Skipped(extracted.article().source(), 0,
                            "resolving or coding failed: " + e.getCause()));
                    return;
                }
                switch (outcome.kind()) {
                    case STORED -> stored++;
                    case EXACT_DUPLICATE -> exact++;
                    case NEAR_DUPLICATE -> near++;
                    case ALREADY_PRESENT -> present++;
                }
            }
        }
    }

    private List<Event> analyse(Annotated annotated, EntityRegistry registry) {
        try {
            return analysis.resolveAndCode(annotated, registry);
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

    private void skip(SourceItem.Skipped skip) {
        skipped.merge(reasonKey(skip.reason()), 1L, Long::sum);
        if (skipExamples.size() < MAX_SKIP_EXAMPLES) {
            skipExamples.add(skip.toString());
        }
        if (config.strict()) {
            store.commit();
            throw new StrictModeException(skip);
        }
    }

    /** Groups reasons that differ only in their detail: "malformed JSON: Unexpected character…" → "malformed JSON". */
    static String reasonKey(String reason) {
        int colon = reason.indexOf(':');
        return (colon > 0 ? reason.substring(0, colon) : reason).strip();
    }

    private IngestReport snapshot() {
        return new IngestReport(items, stored, exact, near, present,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped)), List.copyOf(skipExamples),
                Duration.ofNanos(System.nanoTime() - started));
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
