package org.attache.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.app.Logging;
import org.attache.app.cli.CliException;
import org.attache.app.cli.CodingOptions;
import org.attache.app.cli.CommonOptions;
import org.attache.app.ingest.IngestPipeline;
import org.attache.app.ingest.IngestReport;
import org.attache.app.ingest.ItemListener;
import org.attache.json.Json;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.Outcome;
import org.attache.store.ArticleStore;
import org.attache.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import scala.Tuple2;

/**
 * {@code attache load DIR --data D}: puts a batch's output into a store (SQLite in D, or {@code --db} PostgreSQL) and
 * its search index. It stores the batch's analysed records in input order through the same cross-article step as
 * {@code ingest}, so the store equals an ingest of the batch's inputs; an article already present is left as it is,
 * so loading twice changes nothing.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load the output of `attache batch` into a store and its search index.")
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CodingOptions coding;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The --out folder of `attache batch`.")
    Path batch;

    @Override
    public Integer call() {
        Path analysed = batch.resolve(BatchJob.ANALYSED);
        if (!Files.isDirectory(analysed)) {
            throw new CliException("no batch output in " + batch + " (no " + analysed.getFileName() + " table)",
                    CliException.NOT_FOUND);
        }
        StoreConfig storeConfig = common.storeConfig();
        AttacheConfig config = new AttacheConfig(SourceConfig.DEFAULTS, storeConfig, 1, false, coding.config(),
                org.attache.api.config.PageLimits.DEFAULTS);
        IngestReport report;
        try {
            Files.createDirectories(storeConfig.dataDir());
        } catch (java.io.IOException e) {
            throw new CliException("cannot create data folder " + storeConfig.dataDir() + ": " + e.getMessage(), 1);
        }
        Logging.toFile(storeConfig.dataDir().resolve("attache.log"));
        try (SparkJobs jobs = SparkJobs.session("attache load", "local[1]");
             Store store = ArticleStore.open(storeConfig)) {
            Iterator<Row> rows = jobs.spark().read().parquet(analysed.toString()).orderBy("key").toLocalIterator();
            Iterator<Tuple2<Long, byte[]>> keyed = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Tuple2<Long, byte[]> next() {
                    Row row = rows.next();
                    return new Tuple2<>(row.getLong(0), (byte[]) row.get(1));
                }
            };
            Iterator<Outcome<Analysed>> outcomes = BatchJob.inOrder(keyed);
            IngestPipeline pipeline = new IngestPipeline(config,
                    CoreHolder.analyser(JobSettings.of(config, true)), store, r -> { });
            report = pipeline.store(outcomes, ItemListener.NONE);
            store.updateRelated(Runtime.getRuntime().availableProcessors(), done -> { });
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("items", report.items());
            m.put("stored", report.stored());
            m.put("already_present", report.alreadyPresent());
            m.put("skipped", report.skippedTotal());
            m.put("seconds", report.elapsed().toMillis() / 1000.0);
            out.println(Json.pretty(m));
        } else {
            out.printf(Locale.ROOT, "Loaded %d items into %s in %.1f s: %d stored, %d exact and %d near duplicates,"
                            + " %d already present, %d rejected by the batch.%n", report.items(),
                    storeConfig.databaseLabel(), report.elapsed().toMillis() / 1000.0, report.stored(),
                    report.exactDuplicates(), report.nearDuplicates(), report.alreadyPresent(),
                    report.skippedTotal());
        }
        return 0;
    }
}
