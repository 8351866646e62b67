package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that only read a store start without the NLP models and without the migration tool: each runs in
 * a JVM of its own that logs the classes it loads. (That they take no index write lock is shown by
 * {@code ReadOnlyStoreTest} in the store module: Lucene itself loads the IndexWriter class.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadCommandsStartTest {
    @TempDir
    static Path data;

    @BeforeAll
    void ingestSamples() {
        Cli ingest = Cli.run("ingest", Cli.samples().toString(), "--data", data.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @Test
    void readCommandsLoadNoModelAndNoMigrationTool() throws Exception {
        List<List<String>> commands = List.of(List.of("stats"), List.of("search", "Mekong"),
                List.of("entities", "--country", "SGP"), List.of("events", "--country", "VNM"),
                List.of("relations", "VNM", "SGP"), List.of("stories"));
        for (List<String> command : commands) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--data", data.toString()));
            Cli run = Cli.forked(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
            assertThat(run.out()).as(command.toString()).isNotBlank();
            assertThat(run.err()).as(command + " loaded the class-load log").contains("[class,load] org.attache.app.Main ");
            assertThat(run.err()).as(command + " loaded CoreNLP").doesNotContain("edu.stanford.nlp.");
            assertThat(run.err()).as(command + " loaded Flyway").doesNotContain("org.flywaydb.");
        }
    }
}
