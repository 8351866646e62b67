package org.attache.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.attache.api.SourceItem;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.StoreConfig;
import org.attache.app.ingest.IngestPipeline;
import org.attache.app.ingest.IngestReport;
import org.attache.app.ingest.ItemListener;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.Outcome;
import org.attache.store.ArticleStore;
import org.attache.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * {@code attache batch}: the analysis core on Spark. The executors extract, annotate, judge and prepare every page
 * ({@link AnalysedPages}: one analyser per executor JVM); the driver then takes the analysed articles in input order
 * and runs the cross-article step (resolve, code, deduplicate, cluster) into a staging store with the same code as
 * {@code ingest} ({@link IngestPipeline#store}), so the result equals an ingest of the same inputs for any
 * partitioning. It takes each partition as soon as its task has finished ({@link PartitionFeed}), so it runs beside
 * the analysis of the partitions after it, and the records carry the executors' tagging and parsing, so it does not
 * redo them ({@link CoreHolder}). Last, the tables are written as Parquet ({@link BatchTables}) beside the analysed
 * records themselves (table {@code analysed}), which {@code attache load} puts into a store.
 *
 * <p>What runs where: the per-page work is parallel on the executors; the cross-article step is sequential on the
 * driver (as in {@code ingest}, where it is the storing thread), overlapped with the executors' work.
 */
final class BatchJob {
    private static final Logger LOG = LoggerFactory.getLogger(BatchJob.class);
    /** Folder of the batch output that holds the staging store. */
    static final String STAGING = "staging";
    /** Table of the analysed records, in input order (key), for {@code attache load}. */
    static final String ANALYSED = "analysed";

    /** Default size of the byte ranges a large gzipped WARC is read in, one task each. */
    static final long RANGE_BYTES = 32L << 20;

    private final AttacheConfig config;
    private final boolean entities;
    private final Path out;
    private final long rangeBytes;

    /**
     * @param config     the configuration (its data folder is ignored: the staging store is {@code out/staging})
     * @param out        the output folder; must not hold a batch output already
     * @param rangeBytes the size of the byte ranges a large gzipped WARC is read in, one task each
     */
    BatchJob(AttacheConfig config, boolean entities, Path out, long rangeBytes) {
        this.out = Objects.requireNonNull(out, "out");
        this.entities = entities;
        if (rangeBytes <= 0) {
            throw new IllegalArgumentException("the WARC range size must be positive: " + rangeBytes);
        }
        this.rangeBytes = rangeBytes;
        Path staging = out.resolve(STAGING);
        this.config = new AttacheConfig(config.source(), new StoreConfig(staging, config.store().commitEvery(),
                config.store().nearDuplicateDistance()), config.workers(), config.strict(), config.coding(),
                config.limits(), config.settleMemoryMb());
    }

    /**
     * What a batch did and how long its parts took. The analysis and the cross-article step overlap: the first is
     * timed from the job's start to its last partition, the second from its first item to its end.
     *
     * @param driverCpuSeconds CPU time of the cross-article step's thread
     * @param waitedSeconds    time the cross-article step waited for partitions still being analysed
     * @param shippedBytes     size of the analysed records the executors sent to the driver
     */
    record Report(IngestReport ingest, long partitions, double analysisSeconds, double storeSeconds,
                  double tablesSeconds, List<SourceItem.Skipped> rejects, double driverCpuSeconds,
                  double waitedSeconds, long shippedBytes) {
    }

    /**
     * Runs the batch over {@code inputs}: plain paths of this machine, or URIs of any Hadoop file system.
     *
     * @throws InputFiles.NotFound when an input does not exist (nothing is written then)
     */
    Report run(SparkSession spark, List<String> inputs, Consumer<IngestReport> progress) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFiles.Input> plan = InputFiles.plan(inputs, jsc.hadoopConfiguration(), rangeBytes);
        LOG.info("batch: {} files to read from {} inputs ({} gzipped WARCs read in ranges of {} bytes)", plan.size(),
                inputs.size(), plan.stream().filter(f -> f.kind() == InputFiles.Kind.WARC_RANGES).count(), rangeBytes);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out + ": " + e.getMessage(), e);
        }
        JobSettings settings = JobSettings.of(config, entities);
        // small partitions: the cross-article step starts after the first one and ends after the last one's items
        int splits = Math.max(1, jsc.defaultParallelism() * SPLITS_PER_CORE);
        long started = System.nanoTime();
        JavaPairRDD<Long, byte[]> analysed = AnalysedPages.of(jsc, plan, settings, splits, rangeBytes)
                .persist(StorageLevel.MEMORY_AND_DISK());
        int partitions = analysed.getNumPartitions();

        // the cross-article step takes each partition, in input order, as soon as its task is done, while the
        // executors analyse the next ones (as ingest's storing thread works beside its workers)
        List<SourceItem.Skipped> rejects = new ArrayList<>();
        IngestReport report;
        double analysisSeconds;
        double storeSeconds;
        double driverCpuSeconds;
        double waitedSeconds;
        long shippedBytes;
        long shippedItems;
        try (PartitionFeed feed = new PartitionFeed(partitions, out.resolve(".pending"), BACKLOG_BYTES);
             AnalysisRun run = AnalysisRun.start(jsc, analysed, feed)) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long storing = System.nanoTime();
            try (Store store = ArticleStore.open(config.store())) {
                IngestPipeline pipeline = new IngestPipeline(config, CoreHolder.analyser(settings), store, progress);
                report = pipeline.store(inOrder(feed), new ItemListener() {
                    @Override
                    public void written(String source, String articleId) {
                    }

                    @Override
                    public void skipped(SourceItem.Skipped skipped) {
                        rejects.add(skipped);
                    }
                });
                store.updateRelated(Runtime.getRuntime().availableProcessors(), done -> { });
            }
            storeSeconds = seconds(storing);
            driverCpuSeconds = Math.round((threads.getCurrentThreadCpuTime() - cpu) / 1e8) / 10.0;
            analysisSeconds = run.awaitSeconds(started);
            waitedSeconds = feed.waitedSeconds();
            shippedBytes = feed.shippedBytes();
            shippedItems = feed.shippedItems();
            if (feed.spills() > 0) {
                LOG.info("batch: {} partitions waited on disk for the cross-article step", feed.spills());
            }
        }
        LOG.info("batch: {} items analysed on {} partitions in {} s; cross-article step {} s ({} s CPU, {} s waiting"
                + " for partitions); {} bytes shipped to the driver", shippedItems, partitions, analysisSeconds,
                storeSeconds, driverCpuSeconds, waitedSeconds, shippedBytes);

        // the analysed records in input order, kept for `attache load` (from the executors' cache)
        StructType schema = new StructType().add("key", DataTypes.LongType, false)
                .add("outcome", DataTypes.BinaryType, false);
        spark.createDataFrame(analysed.map(t -> RowFactory.create(t._1(), t._2())), schema)
                .write().mode(SaveMode.ErrorIfExists).parquet(out.resolve(ANALYSED).toString());
        analysed.unpersist(false);

        long tables = System.nanoTime();
        BatchTables.write(spark, config.store().databaseFile(), out);
        writeRejects(spark, rejects);
        BatchTables.exports(config.store().dataDir(), out);
        return new Report(report, partitions, analysisSeconds, storeSeconds, seconds(tables), List.copyOf(rejects),
                driverCpuSeconds, waitedSeconds, shippedBytes);
    }

    /**
     * Splits of a line-split input per core: the driver starts on the first partition and finishes after the last,
     * so a partition's share of the run is the time the cross-article step does not overlap the analysis.
     */
    static final int SPLITS_PER_CORE = 16;

    /** Bytes of analysed partitions the driver holds in memory, waiting for their turn, before they go to files. */
    private static final long BACKLOG_BYTES = Math.max(64L << 20, Runtime.getRuntime().maxMemory() / 8);

    /** The outcomes of {@code keyed}, checked to come in key order (the order ingest reads the inputs). */
    static Iterator<Outcome<Analysed>> inOrder(Iterator<Tuple2<Long, byte[]>> keyed) {
        return new Iterator<>() {
            private long last = Long.MIN_VALUE;

            @Override
            public boolean hasNext() {
                return keyed.hasNext();
            }

            @Override
            public Outcome<Analysed> next() {
                Tuple2<Long, byte[]> next = keyed.next();
                if (next._1() <= last) {
                    throw new IllegalStateException("analysed items out of input order: " + next._1() + " after "
                            + last);
                }
                last = next._1();
                return OutcomeCodec.decode(next._2());
            }
        };
    }

    private void writeRejects(SparkSession spark, List<SourceItem.Skipped> rejects) {
        StructType schema = new StructType().add("source", DataTypes.StringType, false)
                .add("line", DataTypes.LongType, false)
                .add("reason", DataTypes.StringType, false)
                .add("fault", DataTypes.BooleanType, false);
        List<Row> rows = rejects.stream()
                .map(r -> RowFactory.create(r.source(), r.line(), r.reason(), r.fault())).toList();
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .parquet(out.resolve("rejects").toString());
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }
}
