package org.attache.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a command: the master given, else spark-submit's, else all local cores. */
final class SparkJobs {
    private SparkJobs() {
    }

    static SparkSession session(String name, String master) {
        SparkConf conf = new SparkConf().setAppName(name)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                // the records come to the driver as bytes already; Kryo would only wrap them
                .set("spark.sql.parquet.compression.codec", "zstd");
        if (master != null && !master.isBlank()) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
