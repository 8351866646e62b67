package org.attache.app.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.nlp.relevance.ArticleRelevance;
import org.attache.store.Store;

/**
 * Runs Annotate, the relevance judgement, Resolve, Code and Cluster again over every stored article, in the order
 * they were stored, after dropping every entity and event (the work of {@code attache reprocess}). It all happens in
 * one store transaction ({@link Store#inOneTransaction}): a failure or a crash half-way leaves the entities
 * and events as they were before, never a registry cleared and partly rebuilt. Annotation runs on the given
 * threads, in batches; the registry is written on the calling thread.
 */
public final class Reprocessor {
    private static final int BATCH = 64;

    private final Analysis analysis;
    private final ExecutorService workers;

    /** @param workers the threads that annotate and judge (the caller shuts them down) */
    public Reprocessor(Analysis analysis, ExecutorService workers) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    /** An article annotated and judged in a worker. */
    private record Judged(Annotated annotated, ArticleRelevance relevance) {
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
                List<Future<Judged>> batch = new ArrayList<>();
                for (String id : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
                    Article article = store.get(id).orElseThrow();
                    batch.add(workers.submit(() -> {
                        Annotated annotated = analysis.annotator().annotate(article);
                        // judging, tagging and parsing in the pool too
                        return new Judged(annotated, analysis.judgeAndPrepare(annotated));
                    }));
                }
                for (int i = 0; i < batch.size(); i++) {
                    String id = ids.get(from + i);
                    try {
                        Judged judged = batch.get(i).get();
                        Annotated a = judged.annotated();
                        ArticleRelevance relevance = judged.relevance();
                        store.storeEvents(a.article(), relevance.article(),
                                registry -> analysis.resolveAndCode(a, relevance, registry), analysis.matcher());
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
