package org.attache.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.app.cli.CliException;
import org.attache.app.cli.CodingOptions;
import org.attache.app.cli.LimitOptions;
import org.attache.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache batch --master local[N] IN… --out DIR}: the analysis on Spark, written as Parquet tables. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Analyse files, folders, JSONL or WARC on Apache Spark and write Parquet tables to --out "
                + "(then `attache load` puts them into a store).")
public final class BatchCommand implements Callable<Integer> {
    @Mixin
    CodingOptions coding;

    @Mixin
    LimitOptions limits;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IN",
            description = "Files or folders to analyse: paths of this machine, or URIs of a Hadoop file system "
                    + "(hdfs://…, s3a://…, file:/…).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder; must not exist.")
    Path out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2]. Default: the one spark-submit gives, else local[*].")
    String master;

    @Option(names = "--max-page-bytes", paramLabel = "BYTES", defaultValue = "" + SourceConfig.DEFAULT_MAX_PAGE_BYTES,
            description = "Skip pages larger than this (decompressed). Default: ${DEFAULT-VALUE}")
    long maxPageBytes;

    @Option(names = "--entities", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Annotate, resolve and code (--no-entities: articles only). Default: ${DEFAULT-VALUE}")
    boolean entities;

    @Option(names = "--warc-range-bytes", paramLabel = "BYTES", defaultValue = "" + BatchJob.RANGE_BYTES,
            description = "A gzipped WARC written record by record and larger than this is read in byte ranges of "
                    + "this size, one task each. Default: ${DEFAULT-VALUE}")
    long warcRangeBytes;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        for (String input : inputs) {
            if (!InputFiles.isUri(input) && !Files.exists(Path.of(input))) {
                throw new CliException("input not found: " + input, CommandLine.ExitCode.USAGE);
            }
        }
        if (warcRangeBytes <= 0) {
            throw new CliException("--warc-range-bytes must be positive: " + warcRangeBytes,
                    CommandLine.ExitCode.USAGE);
        }
        if (Files.exists(out)) {
            throw new CliException("--out " + out + " exists: give a new folder", CommandLine.ExitCode.USAGE);
        }
        AttacheConfig config = new AttacheConfig(new SourceConfig(maxPageBytes),
                StoreConfig.at(out.resolve(BatchJob.STAGING)), 1, false, coding.config(), limits.limits());
        BatchJob.Report report;
        try (SparkJobs jobs = SparkJobs.session("attache batch", master)) {
            report = new BatchJob(config, entities, out, warcRangeBytes).run(jobs.spark(), inputs, r -> { });
        } catch (InputFiles.NotFound e) {
            // an input of a Hadoop file system that is not there: found only once the session can reach it
            throw new CliException(e.getMessage(), CommandLine.ExitCode.USAGE);
        }
        print(spec.commandLine().getOut(), report);
        return 0;
    }

    private void print(PrintWriter w, BatchJob.Report report) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("items", report.ingest().items());
            m.put("stored", report.ingest().stored());
            m.put("exact_duplicates", report.ingest().exactDuplicates());
            m.put("near_duplicates", report.ingest().nearDuplicates());
            m.put("skipped", report.ingest().skippedTotal());
            m.put("skipped_by_reason", report.ingest().skipped());
            m.put("partitions", report.partitions());
            m.put("analysis_seconds", report.analysisSeconds());
            m.put("cross_article_seconds", report.storeSeconds());
            m.put("cross_article_cpu_seconds", report.driverCpuSeconds());
            m.put("cross_article_waiting_seconds", report.waitedSeconds());
            m.put("shipped_bytes", report.shippedBytes());
            m.put("tables_seconds", report.tablesSeconds());
            m.put("out", out.toString());
            w.println(Json.pretty(m));
            return;
        }
        w.printf(Locale.ROOT, "Batch: %d items on %d partitions: %d stored, %d exact duplicates, %d near duplicates,"
                        + " %d rejected (table rejects).%n", report.ingest().items(), report.partitions(),
                report.ingest().stored(), report.ingest().exactDuplicates(), report.ingest().nearDuplicates(),
                report.ingest().skippedTotal());
        w.printf(Locale.ROOT, "Time: %.1f s analysis (parallel), %.1f s cross-article step (driver, sequential,"
                        + " beside the analysis; %.1f s of it waiting for partitions), %.1f s tables.%nTables in %s;"
                        + " `attache load %s --data DIR` puts them into a store.%n",
                report.analysisSeconds(), report.storeSeconds(), report.waitedSeconds(), report.tablesSeconds(), out,
                out);
    }
}
