package org.attache.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The Spark job that analyses every partition, run on a thread of its own so that the driver's cross-article step
 * can take each partition from a {@link PartitionFeed} as its task finishes. Closing it before the job ends (the
 * consumer failed) cancels the job.
 */
final class AnalysisRun implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisRun.class);

    private final JavaSparkContext spark;
    private final String group;
    private final Thread thread;
    private volatile long endedNanos;

    private AnalysisRun(JavaSparkContext spark, String group, Thread thread) {
        this.spark = spark;
        this.group = group;
        this.thread = thread;
    }

    /** Starts the job over every partition of {@code analysed}; each partition's items go to {@code feed}. */
    static AnalysisRun start(JavaSparkContext spark, JavaPairRDD<Long, byte[]> analysed, PartitionFeed feed) {
        String group = "attache-analysis-" + UUID.randomUUID();
        RDD<Tuple2<Long, byte[]>> rdd = analysed.rdd();
        int partitions = analysed.getNumPartitions();
        AnalysisRun[] self = new AnalysisRun[1];
        Thread thread = new Thread(() -> {
            try {
                spark.setJobGroup(group, "attache batch: analysis", true);
                ClassTag<PartitionFeed.Shipment> tag = ClassTag$.MODULE$.apply(PartitionFeed.Shipment.class);
                spark.sc().runJob(rdd, new ShipPartition(), new Handler(feed), tag);
                if (feed.arrived() < partitions) {
                    feed.failed(new IllegalStateException("the job ended with " + feed.arrived() + " of " + partitions
                            + " partitions"));
                }
            } catch (Throwable e) {
                LOG.debug("analysis job ended: {}", e.toString());
                feed.failed(e);
            } finally {
                self[0].endedNanos = System.nanoTime();
            }
        }, "attache-analysis-job");
        thread.setDaemon(true);
        self[0] = new AnalysisRun(spark, group, thread);
        thread.start();
        return self[0];
    }

    /** Waits for the job to end; the seconds from {@code startedNanos} to its end. */
    double awaitSeconds(long startedNanos) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.round((endedNanos - startedNanos) / 1e8) / 10.0;
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            spark.cancelJobGroup(group);
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On an executor: a partition's items, in order, as one shipment. */
    private static final class ShipPartition
            extends AbstractFunction1<scala.collection.Iterator<Tuple2<Long, byte[]>>, PartitionFeed.Shipment>
            implements Serializable {
        @Override
        public PartitionFeed.Shipment apply(scala.collection.Iterator<Tuple2<Long, byte[]>> items) {
            List<Long> keys = new ArrayList<>();
            List<byte[]> outcomes = new ArrayList<>();
            while (items.hasNext()) {
                Tuple2<Long, byte[]> item = items.next();
                keys.add(item._1());
                outcomes.add(item._2());
            }
            return new PartitionFeed.Shipment(keys.stream().mapToLong(Long::longValue).toArray(),
                    outcomes.toArray(byte[][]::new));
        }
    }

    /** On the driver (Spark's scheduler thread): a partition is done. */
    private static final class Handler extends AbstractFunction2<Object, PartitionFeed.Shipment, BoxedUnit> {
        private final PartitionFeed feed;

        Handler(PartitionFeed feed) {
            this.feed = feed;
        }

        @Override
        public BoxedUnit apply(Object partition, PartitionFeed.Shipment shipment) {
            feed.arrived((Integer) partition, shipment);
            return BoxedUnit.UNIT;
        }
    }
}
