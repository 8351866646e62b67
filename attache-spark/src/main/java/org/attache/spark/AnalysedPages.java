package org.attache.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.attache.api.Page;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.attache.extract.source.JsonlLines;
import org.attache.extract.source.Sources;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.ArticleAnalyser;
import org.attache.pipeline.Outcome;
import scala.Tuple2;

/**
 * The inputs of a batch as a Spark data set of analysed pages: each item of the inputs, keyed by its place in them
 * (input number, then line or item number), with the analysis core's outcome in {@link OutcomeCodec}'s form.
 *
 * <p>An uncompressed {@code .jsonl} file is split by lines (Hadoop's splits, on the newline byte only, as the file
 * source splits), each line read by {@link JsonlLines} exactly as {@code ingest} reads it; any other input (a gzipped
 * or UTF-16 file, a WARC, a folder) is one task that reads it with {@link Sources#open}. The data set's partitions are
 * in input order and each partition's items are in their order, so reading it partition by partition gives the
 * items in the order {@code ingest} reads them.
 */
final class AnalysedPages {
    /** Bits of a key given to the item number within its input. */
    static final int ITEM_BITS = 40;

    private AnalysedPages() {
    }

    /** One input to read: its position among the inputs, its path as given, and whether it is split by lines. */
    record Input(int index, String path, boolean lines, long modifiedMillis) implements Serializable {
        long key(long item) {
            return ((long) index << ITEM_BITS) | item;
        }
    }

    /** The inputs of a run, checked to exist, each marked as split by lines or read whole. */
    static List<Input> plan(List<Path> paths) {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("input not found: " + path);
            }
            long modified;
            try {
                modified = Files.getLastModifiedTime(path).toMillis();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
            }
            inputs.add(new Input(inputs.size(), path.toString(), JsonlLines.splittable(path), modified));
        }
        return inputs;
    }

    /**
     * The analysed items of {@code inputs}, in input order.
     *
     * @param splitsPerFile at least this many splits of each line-split file (more when Hadoop's block size asks)
     */
    static JavaPairRDD<Long, byte[]> of(JavaSparkContext spark, List<Input> inputs, JobSettings settings,
                                        int splitsPerFile) {
        // lines end at '\n' only, as the file source reads them (Hadoop's default also ends them at a lone '\r')
        spark.hadoopConfiguration().set("textinputformat.record.delimiter", "\n");
        JavaPairRDD<Long, byte[]> all = null;
        for (Input input : inputs) {
            JavaPairRDD<Long, byte[]> part = input.lines() ? lines(spark, input, settings, splitsPerFile)
                    : whole(spark, input, settings);
            all = all == null ? part : all.union(part);
        }
        if (all == null) {
            throw new IllegalArgumentException("no inputs");
        }
        return all;
    }

    private static JavaPairRDD<Long, byte[]> lines(JavaSparkContext spark, Input input, JobSettings settings,
                                                   int splits) {
        return spark.hadoopFile(input.path(), TextInputFormat.class, LongWritable.class, Text.class, splits)
                .map(line -> Arrays.copyOf(line._2().getBytes(), line._2().getLength()))
                .zipWithIndex()
                .mapPartitionsToPair(lines -> {
                    ArticleAnalyser analyser = CoreHolder.analyser(settings);
                    JsonlLines reader = new JsonlLines(input.path(), Instant.ofEpochMilli(input.modifiedMillis()),
                            new SourceConfig(settings.maxPageBytes()));
                    List<Tuple2<Long, byte[]>> out = new ArrayList<>();
                    while (lines.hasNext()) {
                        Tuple2<byte[], Long> line = lines.next();
                        SourceItem item = reader.item(line._2() + 1, line._1(), line._1().length);
                        if (item != null) {
                            out.add(new Tuple2<>(input.key(line._2()), OutcomeCodec.encode(analyse(analyser, item))));
                        }
                    }
                    return out.iterator();
                });
    }

    private static JavaPairRDD<Long, byte[]> whole(JavaSparkContext spark, Input input, JobSettings settings) {
        return spark.parallelize(List.of(input), 1).flatMapToPair(one -> {
            ArticleAnalyser analyser = CoreHolder.analyser(settings);
            List<Tuple2<Long, byte[]>> out = new ArrayList<>();
            long[] item = {0};
            Sources.open(Path.of(one.path()), new SourceConfig(settings.maxPageBytes())).read(read ->
                    out.add(new Tuple2<>(one.key(item[0]++), OutcomeCodec.encode(analyse(analyser, read)))));
            Iterator<Tuple2<Long, byte[]>> it = out.iterator();
            return it;
        });
    }

    /** The outcome of one item; a page whose analysis throws is a skip with its reason, as in {@code ingest}. */
    static Outcome<Analysed> analyse(ArticleAnalyser analyser, SourceItem item) {
        return switch (item) {
            case SourceItem.Skipped skipped -> new Outcome.Skipped<>(skipped);
            case SourceItem.Loaded loaded -> {
                Page page = loaded.page();
                try {
                    yield analyser.analyse(page);
                } catch (RuntimeException e) {
                    yield new Outcome.Skipped<>(new SourceItem.Skipped(page.source(), 0, "failed: " + e));
                }
            }
        };
    }
}
