package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.attache.api.config.PageLimits;
import org.attache.pipeline.Analysis;
import org.attache.app.ingest.Reprocessor;
import org.attache.json.Json;
import org.attache.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache reprocess}: drop every entity and event and annotate, judge the relevance of, resolve, code and
 * cluster the stored articles again ({@link Reprocessor}), in one transaction, so that a failure leaves the store as
 * it was; each article's index document is brought up to date (relevance, countries, event types).
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = "Re-run Annotate, Resolve, Code and Cluster over all stored articles (after models, rules or aliases change).")
public final class ReprocessCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CodingOptions coding;

    @Spec
    CommandSpec spec;

    @Option(names = "--workers", paramLabel = "N", description = "Annotation threads. Default: number of cores.")
    Integer workers;

    @Option(names = "--max-annotated-chars", paramLabel = "N",
            defaultValue = "" + PageLimits.DEFAULT_MAX_ANNOTATED_CHARS,
            description = "Annotate at most this many characters of each article's body, as ingest does: give the "
                    + "value the store was ingested with. Default: ${DEFAULT-VALUE}")
    int maxAnnotatedChars;

    @Override
    public Integer call() throws InterruptedException {
        PageLimits limits = limits();
        long started = System.nanoTime();
        long done;
        int threads = workers != null ? Math.max(1, workers) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Store store = DataFolder.openExisting(common);
             Progress progress = Progress.start(!common.json(), "Reprocessing")) {
            Analysis analysis = Stages.analysis(common.dataDir(), coding.config());
            done = new Reprocessor(analysis, limits, pool).run(store, n -> progress.update(n, "articles"));
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

    private PageLimits limits() {
        PageLimits d = PageLimits.DEFAULTS;
        try {
            return new PageLimits(d.maxElements(), d.maxDepth(), d.maxTextChars(), maxAnnotatedChars, d.timeBudget());
        } catch (IllegalArgumentException e) {
            throw new CliException("invalid option: " + e.getMessage(), CommandLine.ExitCode.USAGE);
        }
    }
}
