package org.attache.app.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.attache.api.Article;
import org.attache.api.config.PageLimits;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.Analysis;
import org.attache.pipeline.ArticleAnalyser;
import org.attache.pipeline.Outcome;
import org.attache.pipeline.RegistryStep;
import org.attache.store.Store;

/**
 * Runs the analysis core again over every stored article, in the order they were stored, after dropping every entity
 * and event (the work of {@code attache reprocess}): its per-article function ({@link ArticleAnalyser}: Annotate, the
 * relevance judgement) on the given threads, in batches, and its cross-article step ({@link RegistryStep}: Resolve,
 * Code) with Cluster on the calling thread, which writes the registry. Each article is annotated as ingest annotates
 * it (the leading {@code maxAnnotatedChars} of its body). It all happens in one store transaction
 * ({@link Store#inOneTransaction}): a failure or a crash half-way leaves the entities and events as they were before,
 * never a registry cleared and partly rebuilt.
 */
public final class Reprocessor {
    private static final int BATCH = 64;

    private final ArticleAnalyser analyser;
    private final RegistryStep registryStep;
    private final ExecutorService workers;

    /**
     * @param analysis the language stages
     * @param limits   of them, {@code maxAnnotatedChars}: how much of a body is annotated
     * @param workers  the threads that annotate and judge (the caller shuts them down)
     */
    public Reprocessor(Analysis analysis, PageLimits limits, ExecutorService workers) {
        this.analyser = ArticleAnalyser.ofArticles(analysis, limits);
        this.registryStep = analysis.registryStep();
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    /** A reprocessor with the default page limits. */
    public Reprocessor(Analysis analysis, ExecutorService workers) {
        this(analysis, PageLimits.DEFAULTS, workers);
    }

    /**
     * Reprocesses every article of {@code store} and commits, or, when anything fails, rolls back to the store as it
     * was and throws (the store then takes no more writes: close it).
     *
     * @throws IllegalStateException naming the article whose annotation, resolution, coding or storing failed
     *
     * @param progress called with the number of articles done so far, after each
     * @return the number of articles reprocessed
     */
    public long run(Store store, LongConsumer progress) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        store.forEachArticle(article -> ids.add(article.id()));
        return store.inOneTransaction(() -> {
            store.clearEvents();
            store.clearEntities();
            long done = 0;
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Future<Outcome<Analysed>>> batch = new ArrayList<>();
                for (String id : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
                    Article article = store.get(id).orElseThrow();
                    batch.add(workers.submit(() -> analyser.analyse(article)));
                }
                for (int i = 0; i < batch.size(); i++) {
                    String id = ids.get(from + i);
                    try {
                        Analysed analysed = switch (batch.get(i).get()) {
                            case Outcome.Done<Analysed> ok -> ok.value();
                            case Outcome.Skipped<Analysed> skipped -> throw new IllegalStateException(
                                    skipped.skipped().reason());
                        };
                        store.storeEvents(analysed.article(), analysed.relevance().article(),
                                registry -> registryStep.events(analysed, registry), registryStep.matcher());
                    } catch (ExecutionException | RuntimeException e) {
                        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                        throw new IllegalStateException("reprocessing article " + id + " failed (" + cause.getMessage()
                                + "); the store's entities and events are as they were before", cause);
                    }
                    progress.accept(++done);
                }
            }
            return done;
        });
    }
}
