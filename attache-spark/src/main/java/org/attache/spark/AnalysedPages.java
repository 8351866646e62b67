package org.attache.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.SerializableConfiguration;
import org.attache.api.Page;
import org.attache.api.PageSource;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.attache.extract.source.JsonlLines;
import org.attache.extract.source.Sources;
import org.attache.extract.source.WarcSplits;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.ArticleAnalyser;
import org.attache.pipeline.Outcome;
import scala.Tuple2;

/**
 * The inputs of a batch as a Spark data set of analysed pages: each item of the inputs, keyed by its place in them
 * (file number, then line or item number; {@link InputFiles}), with the analysis core's outcome in
 * {@link OutcomeCodec}'s form.
 *
 * <p>An uncompressed {@code .jsonl} file is split by lines (Hadoop's splits, on the newline byte only, as the file
 * source splits), each line read by {@link JsonlLines} exactly as {@code ingest} reads it. A large gzipped WARC of
 * one member per record is read in byte ranges, a partition each ({@link WarcSplits}), whose items together are those
 * of a whole read. The other files (gzipped or UTF-16 files, small or plain WARCs, the HTML and text files of a
 * folder) are each read whole by {@link Sources}, a run of such files spread over partitions of consecutive files.
 * The data set's partitions are in input order and each partition's items are in their order, so reading it
 * partition by partition gives the items in the order {@code ingest} reads them.
 */
final class AnalysedPages {
    private AnalysedPages() {
    }

    /**
     * The analysed items of {@code inputs}, in input order.
     *
     * @param splitsPerFile at least this many splits of each line-split file (more when Hadoop's block size asks), and
     *                      at most this many partitions for a run of files read whole
     * @param rangeBytes    the size of the byte ranges a {@link InputFiles.Kind#WARC_RANGES} file is read in
     */
    static JavaPairRDD<Long, byte[]> of(JavaSparkContext spark, List<InputFiles.Input> inputs, JobSettings settings,
                                        int splitsPerFile, long rangeBytes) {
        // lines end at '\n' only, as the file source reads them (Hadoop's default also ends them at a lone '\r')
        spark.hadoopConfiguration().set("textinputformat.record.delimiter", "\n");
        SerializableConfiguration hadoop = new SerializableConfiguration(spark.hadoopConfiguration());
        JavaPairRDD<Long, byte[]> all = null;
        List<InputFiles.Input> wholeRun = new ArrayList<>();
        for (InputFiles.Input input : inputs) {
            if (input.kind() != InputFiles.Kind.LINES && input.kind() != InputFiles.Kind.WARC_RANGES) {
                wholeRun.add(input);
                continue;
            }
            all = union(all, whole(spark, wholeRun, settings, hadoop, splitsPerFile));
            wholeRun = new ArrayList<>();
            all = union(all, input.kind() == InputFiles.Kind.LINES ? lines(spark, input, settings, splitsPerFile)
                    : ranges(spark, input, settings, hadoop, rangeBytes));
        }
        all = union(all, whole(spark, wholeRun, settings, hadoop, splitsPerFile));
        if (all == null) {
            throw new IllegalArgumentException("no inputs");
        }
        return all;
    }

    private static JavaPairRDD<Long, byte[]> union(JavaPairRDD<Long, byte[]> all, JavaPairRDD<Long, byte[]> next) {
        return all == null ? next : next == null ? all : all.union(next);
    }

    private static JavaPairRDD<Long, byte[]> lines(JavaSparkContext spark, InputFiles.Input input, JobSettings settings,
                                                   int splits) {
        return spark.hadoopFile(input.location(), TextInputFormat.class, LongWritable.class, Text.class, splits)
                .map(line -> Arrays.copyOf(line._2().getBytes(), line._2().getLength()))
                .zipWithIndex()
                .mapPartitionsToPair(lines -> {
                    ArticleAnalyser analyser = CoreHolder.analyser(settings);
                    JsonlLines reader = new JsonlLines(input.name(), input.modified(),
                            new SourceConfig(settings.maxPageBytes()));
                    List<Tuple2<Long, byte[]>> out = new ArrayList<>();
                    while (lines.hasNext()) {
                        Tuple2<byte[], Long> line = lines.next();
                        SourceItem item = reader.item(line._2() + 1, line._1(), line._1().length);
                        if (item != null) {
                            out.add(new Tuple2<>(input.key(line._2()), OutcomeCodec.encode(analyse(analyser, item,
                                    settings.timeBudgetMillis()))));
                        }
                    }
                    return out.iterator();
                });
    }

    /** A gzipped WARC read in byte ranges, one partition each, in order. */
    private static JavaPairRDD<Long, byte[]> ranges(JavaSparkContext spark, InputFiles.Input input,
                                                    JobSettings settings, SerializableConfiguration hadoop,
                                                    long rangeBytes) {
        List<Integer> ranges = new ArrayList<>();
        for (int i = 0; i < input.ranges(rangeBytes).length; i++) {
            ranges.add(i);
        }
        return spark.parallelize(ranges, ranges.size()).mapPartitionsToPair(numbers -> {
            ArticleAnalyser analyser = CoreHolder.analyser(settings);
            SourceConfig config = new SourceConfig(settings.maxPageBytes());
            List<Tuple2<Long, byte[]>> out = new ArrayList<>();
            while (numbers.hasNext()) {
                int range = numbers.next();
                long[] item = {0};
                source(input, range, rangeBytes, config, hadoop.value()).read(read ->
                        out.add(new Tuple2<>(input.key(range, item[0]++), OutcomeCodec.encode(analyse(analyser, read,
                                settings.timeBudgetMillis())))));
            }
            return out.iterator();
        });
    }

    /** The source of byte range {@code range} of a file read in ranges of {@code rangeBytes}. */
    static PageSource source(InputFiles.Input file, int range, long rangeBytes, SourceConfig config,
                             Configuration hadoop) {
        long[] bytes = file.ranges(rangeBytes)[range];
        return WarcSplits.range(file.name(), file.size(), file.modified(), InputFiles.opener(file.location(), hadoop),
                bytes[0], bytes[1], config);
    }

    /** Files read whole, in order, over at most {@code maxPartitions} partitions of consecutive files. */
    private static JavaPairRDD<Long, byte[]> whole(JavaSparkContext spark, List<InputFiles.Input> files,
                                                   JobSettings settings, SerializableConfiguration hadoop,
                                                   int maxPartitions) {
        if (files.isEmpty()) {
            return null;
        }
        // parallelize cuts a list into slices of consecutive elements, in order
        return spark.parallelize(files, Math.min(files.size(), maxPartitions)).mapPartitionsToPair(slice -> {
            ArticleAnalyser analyser = CoreHolder.analyser(settings);
            SourceConfig config = new SourceConfig(settings.maxPageBytes());
            List<Tuple2<Long, byte[]>> out = new ArrayList<>();
            while (slice.hasNext()) {
                InputFiles.Input file = slice.next();
                long[] item = {0};
                source(file, config, hadoop.value()).read(read ->
                        out.add(new Tuple2<>(file.key(item[0]++), OutcomeCodec.encode(analyse(analyser, read,
                                settings.timeBudgetMillis())))));
            }
            return out.iterator();
        });
    }

    /** The source that reads {@code file} whole, as {@code ingest} would read it. */
    static PageSource source(InputFiles.Input file, SourceConfig config, Configuration hadoop) {
        return switch (file.kind()) {
            case LOCAL, LINES -> {
                Path path = Path.of(file.name());
                // gone since the plan was made (or a link to nothing): one skip, as a folder source reports it
                yield java.nio.file.Files.exists(path) ? Sources.open(path, config)
                        : sink -> sink.accept(new SourceItem.Skipped(file.name(), 0, "not found"));
            }
            case HADOOP -> {
                org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.location());
                yield Sources.of(file.name(), file.size(), file.modified(),
                        () -> path.getFileSystem(hadoop).open(path), config);
            }
            case UNLISTABLE -> sink -> sink.accept(new SourceItem.Skipped(file.name(), 0, file.problem()));
            case WARC_RANGES -> throw new IllegalArgumentException(file.name() + " is read in ranges, not whole");
        };
    }

    /**
     * The outcome of one item; a page whose analysis throws is a skip with its reason, and one that runs over
     * {@code budgetMillis} an "over time budget" skip, as in {@code ingest}.
     */
    static Outcome<Analysed> analyse(ArticleAnalyser analyser, SourceItem item, long budgetMillis) {
        return switch (item) {
            case SourceItem.Skipped skipped -> new Outcome.Skipped<>(skipped);
            case SourceItem.Loaded loaded -> {
                Page page = loaded.page();
                try {
                    yield PageBudget.within(budgetMillis, page.source(), () -> analyser.analyse(page));
                } catch (RuntimeException e) {
                    yield new Outcome.Skipped<>(new SourceItem.Skipped(page.source(), 0, "failed: " + e));
                }
            }
        };
    }
}
