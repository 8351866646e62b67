package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.app.ingest.Analysis;
import org.attache.nlp.relevance.ArticleRelevance;
import org.attache.web.json.Json;
import org.attache.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache reprocess}: drop every entity and event and annotate, judge the relevance of, resolve, code and
 * cluster the stored articles again, in the order they were stored, so the same articles give the same entity and
 * story ids; each article's index document is brought up to date (relevance, countries, event types).
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = "Re-run Annotate, Resolve, Code and Cluster over all stored articles (after models, rules or aliases change).")
public final class ReprocessCommand implements Callable<Integer> {
    private static final int BATCH = 64;

    @Mixin
    CommonOptions common;

    @Mixin
    CodingOptions coding;

    @Spec
    CommandSpec spec;

    @Option(names = "--workers", paramLabel = "N", description = "Annotation threads. Default: number of cores.")
    Integer workers;

    /** An article annotated and judged in a worker. */
    private record Judged(Annotated annotated, ArticleRelevance relevance) {
    }

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        long done = 0;
        int threads = workers != null ? Math.max(1, workers) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ArticleStore store = DataFolder.openExisting(common);
             Progress progress = Progress.start(!common.json(), "Reprocessing")) {
            Analysis analysis = Stages.analysis(common.dataDir(), coding.config());
            List<String> ids = new ArrayList<>();
            store.forEachArticle(article -> ids.add(article.id()));
            store.clearEvents();
            store.clearEntities();
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Future<Judged>> batch = new ArrayList<>();
                for (String id : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
                    Article article = store.get(id).orElseThrow();
                    batch.add(pool.submit(() -> {
                        Annotated annotated = analysis.annotator().annotate(article);
                        analysis.coder().prepare(annotated); // tagging and parsing in the pool too
                        return new Judged(annotated, analysis.judge(annotated));
                    }));
                }
                for (Future<Judged> judged : batch) {
                    Annotated a = judged.get().annotated();
                    ArticleRelevance relevance = judged.get().relevance();
                    store.storeEvents(a.article(), relevance.article(),
                            registry -> analysis.resolveAndCode(a, relevance, registry), analysis.matcher());
                    progress.update(++done, "articles");
                }
            }
            store.commit();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("articles", done);
            json.put("seconds", Math.round(seconds * 10) / 10.0);
            out.println(Json.pretty(json));
        } else {
            out.printf(Locale.ROOT, "Reprocessed %d articles in %.1f s.%n", done, seconds);
        }
        return 0;
    }
}
