package org.attache.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark session of a command: the one already running in this JVM (a test's, a notebook's), else a new one on the
 * master given, else spark-submit's, else all local cores. Only a session the command started is stopped by it.
 */
final class SparkJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SparkJobs.class);

    private final SparkSession spark;
    private final boolean owned;

    private SparkJobs(SparkSession spark, boolean owned) {
        this.spark = spark;
        this.owned = owned;
    }

    static SparkJobs session(String name, String master) {
        SparkSession running = SparkSession.getDefaultSession().getOrElse(() -> null);
        if (running != null) {
            if (master != null && !master.equals(running.sparkContext().master())) {
                LOG.info("a Spark session runs already on {}: {} uses it, not {}", running.sparkContext().master(),
                        name, master);
            }
            return new SparkJobs(running, false);
        }
        SparkConf conf = new SparkConf().setAppName(name)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.sql.parquet.compression.codec", "zstd");
        if (!conf.contains("spark.driver.maxResultSize")) {
            // every analysed record reaches the driver as a task result (batch's PartitionFeed, which bounds what it
            // holds): the whole corpus, beyond Spark's default cap of 1 GB per job
            conf.set("spark.driver.maxResultSize", "0");
        }
        if (master != null && !master.isBlank()) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return new SparkJobs(SparkSession.builder().config(conf).getOrCreate(), true);
    }

    SparkSession spark() {
        return spark;
    }

    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }
}
