package org.attache.spark;

import org.attache.app.Main;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point of the distribution with Spark: the {@code attache} commands plus {@code batch} and {@code load}. The
 * launcher runs it for those two; {@code spark-submit --class org.attache.spark.SparkMain} runs it on a cluster.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        quietSpark();
        System.exit(commandLine().execute(args));
    }

    /** Spark's and Hadoop's start-up notices (loopback address, no native Hadoop) stay off the terminal. */
    private static void quietSpark() {
        for (String name : new String[] {"org.apache.spark", "org.apache.hadoop", "org.sparkproject"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.ERROR);
            }
        }
    }

    /** The {@code attache} command tree with {@code batch} and {@code load}, and its error handling. */
    public static CommandLine commandLine() {
        CommandLine cli = Main.commandLine();
        cli.addSubcommand(new BatchCommand());
        cli.addSubcommand(new LoadCommand());
        return cli;
    }
}
