package org.attache.app.cli;

import org.attache.app.ScratchFolder;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.Article;
import org.attache.api.ExtractionException;
import org.attache.api.SourceItem;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.pipeline.Analysis;
import org.attache.app.ingest.IngestPipeline;
import org.attache.app.ingest.IngestReport;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.json.Json;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.extract.source.Sources;
import org.attache.nlp.Annotators;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.eval.AnnotateBenchmark;
import org.attache.nlp.events.PatternEventCoder;
import org.attache.nlp.resolve.EntityResolver;
import org.attache.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache bench annotate}: tokens per second on one core for Annotate + Resolve over a corpus,
 * with the peak heap, beside CoreNLP's default NER pipeline on a subset in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchSearchCommand.class, BenchPagesCommand.class},
        description = {"Measure Annotate + Resolve speed (tokens/s on one thread) and peak heap on a corpus,",
                "or with --pipeline the whole ingest (extract → annotate → resolve → code → cluster → store).",
                "`bench search` times faceted searches on a data folder, `bench pages` article pages."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Pages to read, e.g. ../shared/bench/corpus/reuters21578.jsonl (required)")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N",
            description = "Articles to time. Default: 2000; with --pipeline the first N items of the corpus (default all).")
    Integer limit;

    @Option(names = "--warmup", defaultValue = "200", description = "Articles annotated first, untimed. Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--baseline", defaultValue = "0", paramLabel = "N",
            description = "Also time CoreNLP's default NER pipeline on the first N articles (needs ~2 GB heap). Default: ${DEFAULT-VALUE}")
    int baseline;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--pipeline", description = "Time the whole ingest of the corpus into a temporary data folder "
            + "(all stages, --workers threads) and report tokens/s per core and per CPU-second.")
    boolean pipeline;

    @picocli.CommandLine.Mixin
    CodingOptions coding;

    @Option(names = "--workers", paramLabel = "N", description = "With --pipeline: worker threads. Default: number of cores.")
    Integer workers;

    @Override
    public Integer call() {
        if (corpus == null) {
            throw new CliException("--corpus FILE is required (or `attache bench search` for searches)",
                    CommandLine.ExitCode.USAGE);
        }
        if (!Files.exists(corpus)) {
            throw new CliException("corpus not found: " + corpus, CommandLine.ExitCode.USAGE);
        }
        if (limit != null && limit < 1) {
            throw new CliException("--limit must be at least 1, not " + limit, CommandLine.ExitCode.USAGE);
        }
        if (pipeline) {
            return pipeline();
        }
        List<String> texts = bodies((limit == null ? 2000 : limit) + warmup);
        if (texts.size() <= warmup) {
            throw new CliException("corpus has only " + texts.size() + " articles; need more than --warmup " + warmup,
                    CommandLine.ExitCode.USAGE);
        }
        CoreNlpAnnotator annotator = Annotators.standard();
        EntityResolver resolver = new EntityResolver();
        List<String> timed = texts.subList(warmup, texts.size());
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        for (String text : texts.subList(0, warmup)) {
            resolver.resolve(annotator.annotate(article(text)), registry);
        }
        long tokens = timed.stream().mapToLong(t -> annotator.tokenize(t).size()).sum();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        for (String text : timed) {
            resolver.resolve(annotator.annotate(article(text)), registry);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("corpus", corpus.toString());
        result.put("articles", timed.size());
        result.put("tokens", tokens);
        result.put("seconds", Math.round(seconds * 100) / 100.0);
        result.put("tokens_per_second_one_thread", Math.round(tokens / seconds));
        result.put("peak_heap_mb", peak >> 20);
        result.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        if (baseline > 0) {
            AnnotateBenchmark.Result core = AnnotateBenchmark.runCoreNlpDefault(
                    timed.subList(0, Math.min(baseline, timed.size())), t -> annotator.tokenize(t).size());
            result.put("corenlp_default_tokens_per_second", Math.round(core.tokensPerSecond()));
            result.put("corenlp_default_articles", core.texts());
            result.put("corenlp_default_peak_heap_mb", core.peakHeapBytes() >> 20);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(result));
        } else {
            out.printf(Locale.ROOT, "Annotate + Resolve, one thread: %d articles, %d tokens in %.1f s = %,d tokens/s; "
                            + "peak heap %d MB (max %d MB)%n", timed.size(), tokens, seconds, Math.round(tokens / seconds),
                    peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
            if (baseline > 0) {
                out.printf(Locale.ROOT, "CoreNLP default tokenize,ssplit,pos,lemma,ner: %d articles, %,d tokens/s, peak heap %d MB%n",
                        result.get("corenlp_default_articles"), result.get("corenlp_default_tokens_per_second"),
                        result.get("corenlp_default_peak_heap_mb"));
            }
        }
        return 0;
    }

    /** The whole pipeline over the whole corpus, as {@code attache ingest} runs it. */
    private int pipeline() {
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = workers == null ? cores : Math.max(1, workers);
        Path scratch;
        try {
            scratch = Files.createTempDirectory("attache-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            StoreConfig storeConfig = StoreConfig.at(scratch);
            AttacheConfig config = new AttacheConfig(SourceConfig.DEFAULTS, storeConfig, threads, false);
            Analysis analysis = Stages.analysis(scratch, coding.config());
            if (analysis.coder() instanceof PatternEventCoder patterns) {
                patterns.prepare(); // the tagger and parser too: all models loaded before the clock starts
            }
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long[] tokens = {0};
            long[] articles = {0};
            long[] events = {0};
            IngestReport report;
            // the store's schema and the extractor's language model are set up before the clock too: one-off costs
            // (~2 CPU-s together) that a per-token figure should not spread over the corpus
            DefaultArticleExtractor extractor = new DefaultArticleExtractor();
            try (Store store = DataFolder.openForWriting(storeConfig);
                 Progress progress = Progress.start(!json, "Ingesting")) {
                IngestPipeline ingest = new IngestPipeline(config, extractor, analysis, store,
                        r -> progress.update(r.items(), "pages"));
                if (limit != null) {
                    ingest.limitItems(limit);
                }
                long cpuStart = os.getProcessCpuTime();
                long started = System.nanoTime();
                report = ingest.run(List.of(corpus));
                store.commit();
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
                CoreNlpAnnotator tokenizer = (CoreNlpAnnotator) analysis.annotator();
                store.forEachArticle(a -> {
                    tokens[0] += tokenizer.tokenize(a.bodyText()).size();
                    articles[0]++;
                });
                events[0] = store.stats().events();
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("corpus", corpus.toString());
                result.put("articles", articles[0]);
                result.put("skipped", report.skippedTotal());
                result.put("tokens", tokens[0]);
                result.put("events", events[0]);
                result.put("workers", threads);
                result.put("cores", cores);
                result.put("seconds", Math.round(seconds * 10) / 10.0);
                result.put("cpu_seconds", Math.round(cpuSeconds * 10) / 10.0);
                result.put("tokens_per_second", Math.round(tokens[0] / seconds));
                result.put("tokens_per_second_per_core", Math.round(tokens[0] / seconds / cores));
                result.put("tokens_per_cpu_second", Math.round(tokens[0] / cpuSeconds));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.pretty(result));
                } else {
                    out.printf(Locale.ROOT, "Whole pipeline, %d workers on %d cores: %,d articles, %,d tokens, %,d events "
                                    + "in %.1f s (%.1f CPU-s) = %,d tokens/s, %,d per core, %,d per CPU-second%n",
                            threads, cores, articles[0], tokens[0], events[0], seconds, cpuSeconds,
                            result.get("tokens_per_second"), result.get("tokens_per_second_per_core"),
                            result.get("tokens_per_cpu_second"));
                }
            }
            return 0;
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    private List<String> bodies(int count) {
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        List<String> texts = new ArrayList<>();
        try {
            Sources.open(corpus, SourceConfig.DEFAULTS).read(item -> {
                if (texts.size() >= count) {
                    throw new Enough();
                }
                if (item instanceof SourceItem.Loaded loaded) {
                    try {
                        texts.add(extractor.extract(loaded.page()).bodyText());
                    } catch (ExtractionException e) {
                        // not an article: not part of the benchmark
                    }
                }
            });
        } catch (Enough enough) {
            // read as many as needed
        }
        return texts;
    }

    private static Article article(String text) {
        return new Article("bench-" + Integer.toHexString(text.hashCode()), "bench", null, null, null, false,
                List.of(text), List.of(), null, null, null, null, List.of(), null, null);
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
