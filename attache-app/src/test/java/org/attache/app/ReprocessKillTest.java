package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attache.api.config.StoreConfig;
import org.attache.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code attache reprocess} with SIGKILL at random points, ten times, each on a fresh copy of a store that
 * holds articles without entities or events. After every kill the store is either as it was before the run or as
 * a complete run leaves it, never in between, and its database and index agree.
 */
class ReprocessKillTest {
    private static final int KILLS = 10;
    private static final List<String> TABLES = List.of("entities", "entity_aliases", "entity_mentions",
            "entity_offices", "events", "event_actors", "stories");

    @TempDir
    Path dir;

    @Test
    void aKilledReprocessLeavesTheStoreBeforeOrAfterNeverBetween() throws Exception {
        Path before = dir.resolve("before");
        Cli ingest = Cli.run("ingest", Cli.samples().toString(), "--data", before.toString(), "--no-entities");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Map<String, Object> empty = state(before);

        Path complete = copy(before, dir.resolve("complete"));
        long t0 = System.nanoTime();
        Process full = reprocess(complete);
        assertThat(full.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(full.exitValue()).as(Files.readString(complete.resolveSibling("complete.out"))).isZero();
        long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        Map<String, Object> after = state(complete);
        assertThat((Long) after.get("events")).as("a complete run codes events").isPositive();
        assertThat(after).isNotEqualTo(empty);

        Random random = new Random(Long.getLong("tests.seed", 19L));
        int between = 0;
        List<String> outcomes = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            Path data = copy(before, dir.resolve("kill-" + k));
            Process run = reprocess(data);
            // anywhere in the run's second half or so, where the writing happens (the first part loads models)
            long at = (long) (runMillis * (0.35 + 0.75 * random.nextDouble()));
            boolean ended = run.waitFor(at, TimeUnit.MILLISECONDS);
            run.destroyForcibly();
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Map<String, Object> seen = state(data);
            String outcome = seen.equals(empty) ? "before" : seen.equals(after) ? "after" : "between";
            outcomes.add(outcome + (ended ? " (ended first)" : "") + " at " + at + " ms");
            if (outcome.equals("between")) {
                between++;
            }
            try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
                var check = store.verify();
                assertThat(check.agree()).as("database and index after kill %d: %s", k, check).isTrue();
            }
        }
        assertThat(between).as("kills: %s", outcomes).isZero();
    }

    private Process reprocess(Path data) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "reprocess", "--workers", "1",
                "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + ".out").toFile())
                .start();
    }

    /** Row counts of the entity, event and story tables and the ids of entities and events. */
    private static Map<String, Object> state(Path data) throws SQLException {
        Map<String, Object> state = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("attache.db"));
             Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    state.put(table, rs.next() ? rs.getLong(1) : -1L);
                }
            }
            for (String table : List.of("entities", "events")) {
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                state.put(table + " ids", ids);
            }
        }
        return state;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
