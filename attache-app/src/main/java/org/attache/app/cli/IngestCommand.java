package org.attache.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.pipeline.Analysis;
import org.attache.app.ingest.IngestPipeline;
import org.attache.app.ingest.IngestReport;
import org.attache.json.Json;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache ingest PATH…}: read, extract and store pages, with a progress bar and a summary. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest pages from files, folders, JSONL or WARC (each optionally gzipped).")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CodingOptions coding;

    @Mixin
    LimitOptions limits;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> inputs;

    @Option(names = "--workers", paramLabel = "N", description = "Extraction threads. Default: number of cores.")
    Integer workers;

    @Option(names = "--max-page-bytes", paramLabel = "BYTES", defaultValue = "" + SourceConfig.DEFAULT_MAX_PAGE_BYTES,
            description = "Skip pages larger than this (decompressed). Default: ${DEFAULT-VALUE}")
    long maxPageBytes;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + StoreConfig.DEFAULT_COMMIT_EVERY,
            description = "Articles per commit; each article is atomic either way. Default: ${DEFAULT-VALUE}")
    int commitEvery;

    @Option(names = "--strict", description = "Fail (exit code 3) on the first input that has to be skipped.")
    boolean strict;

    @Option(names = "--entities", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Annotate and resolve entities (people, organisations, places, offices) and code "
                    + "their events. --no-entities stores articles only. Default: ${DEFAULT-VALUE}")
    boolean entities;

    @Override
    public Integer call() {
        AttacheConfig config = config();
        PrintWriter out = spec.commandLine().getOut();
        IngestReport report;
        RelatedUpdate related;
        try (Store store = DataFolder.openForWriting(config.store())) {
            try (Progress progress = Progress.start(!common.json(), "Ingesting")) {
                Analysis analysis = entities ? Stages.analysis(config.store().dataDir(), config.coding()) : null;
                IngestPipeline pipeline = new IngestPipeline(config, new DefaultArticleExtractor(config.limits()),
                        analysis, store,
                        progressLine(progress));
                report = pipeline.run(inputs);
            }
            related = RelatedUpdate.run(store, config.workers(), !common.json());
        }
        if (common.json()) {
            Map<String, Object> json = summary(report);
            json.put("related_lists", related.lists());
            json.put("related_seconds", related.seconds());
            out.println(Json.pretty(json));
        } else {
            printSummary(out, report);
            related.print(out);
        }
        return 0;
    }

    private AttacheConfig config() {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new CliException("input not found: " + input, picocli.CommandLine.ExitCode.USAGE);
            }
        }
        int threads = workers != null ? workers : Runtime.getRuntime().availableProcessors();
        try {
            return new AttacheConfig(new SourceConfig(maxPageBytes),
                    common.withDatabase(new StoreConfig(common.dataDir(), commitEvery,
                            StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE)),
                    threads, strict, coding.config(), limits.limits());
        } catch (IllegalArgumentException e) {
            throw new CliException("invalid option: " + e.getMessage(), picocli.CommandLine.ExitCode.USAGE);
        }
    }

    private static Consumer<IngestReport> progressLine(Progress progress) {
        return report -> progress.update(report.items(), String.format(java.util.Locale.ROOT,
                "%.0f/s stored %d dup %d present %d skipped %d", report.itemsPerSecond(),
                report.stored(), report.exactDuplicates() + report.nearDuplicates(), report.alreadyPresent(),
                report.skippedTotal()));
    }

    static Map<String, Object> summary(IngestReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", report.items());
        json.put("stored", report.stored());
        json.put("exact_duplicates", report.exactDuplicates());
        json.put("near_duplicates", report.nearDuplicates());
        json.put("already_present", report.alreadyPresent());
        json.put("skipped", report.skippedTotal());
        json.put("skipped_by_reason", report.skipped());
        json.put("skip_examples", report.skipExamples());
        json.put("notes", report.notes());
        json.put("seconds", report.elapsed().toMillis() / 1000.0);
        json.put("items_per_second", Math.round(report.itemsPerSecond() * 10) / 10.0);
        return json;
    }

    static void printSummary(PrintWriter out, IngestReport report) {
        out.printf(java.util.Locale.ROOT, "Ingested %d items in %.1f s (%.0f/s): %d stored, %d exact duplicates, "
                        + "%d near duplicates, %d already present, %d skipped.%n",
                report.items(), report.elapsed().toMillis() / 1000.0, report.itemsPerSecond(), report.stored(),
                report.exactDuplicates(), report.nearDuplicates(), report.alreadyPresent(), report.skippedTotal());
        if (!report.notes().isEmpty()) {
            out.println("Stored with a caveat: " + report.notes().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(java.util.stream.Collectors.joining(", ")));
        }
        if (report.skippedTotal() > 0) {
            out.println("Skipped by reason: " + report.skipped().entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(java.util.stream.Collectors.joining(", ")));
            for (String example : report.skipExamples()) {
                out.println("  " + example);
            }
            if (report.skipExamples().size() < report.skippedTotal()) {
                out.println("  … the full list is in the log, DATA/attache.log");
            }
        }
    }
}
