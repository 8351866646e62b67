package org.attache.spark;

import org.attache.app.Main;
import picocli.CommandLine;

/**
 * Entry point of the distribution with Spark: the {@code attache} commands plus {@code batch} and {@code load}. The
 * launcher runs it for those two; {@code spark-submit --class org.attache.spark.SparkMain} runs it on a cluster.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        CommandLine cli = Main.commandLine();
        cli.addSubcommand(new BatchCommand());
        cli.addSubcommand(new LoadCommand());
        System.exit(cli.execute(args));
    }
}
