package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.attache.api.config.StoreConfig;
import org.attache.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest process with SIGKILL midway, then checks that the database and the index agree and
 * that running the same ingest again completes the set.
 */
class CrashRecoveryTest {
    private static final int ARTICLES = 4_000;

    @TempDir
    Path dir;

    @Test
    void killMinus9MidIngestLeavesAConsistentStoreThatARerunCompletes() throws Exception {
        Path input = writeCorpus(dir.resolve("corpus.jsonl"));
        Path data = dir.resolve("data");

        Process ingest = new ProcessBuilder(javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", input.toString(), "--data", data.toString(), "--commit-every", "50")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long seen = waitForSomeRows(data.resolve("attache.db"), ingest);
        ingest.destroyForcibly();
        assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("killed midway").isBetween(1L, (long) ARTICLES - 1);

        long afterCrash;
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            var check = store.verify();
            assertThat(check.agree()).as("after the crash: %s", check).isTrue();
            afterCrash = check.dbCount();
            assertThat(afterCrash).isBetween(seen, (long) ARTICLES - 1);
        }

        Cli rerun = Cli.run("ingest", input.toString(), "--data", data.toString(), "--json");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            var check = store.verify();
            assertThat(check.agree()).isTrue();
            assertThat(check.dbCount()).isEqualTo(ARTICLES);
            assertThat(check.indexCount()).isEqualTo(ARTICLES);
        }
        var summary = rerun.json();
        assertThat(summary.get("items").asLong()).isEqualTo(ARTICLES);
        assertThat(summary.get("already_present").asLong()).isEqualTo(afterCrash);
    }

    /** Polls the database until the child has committed some rows (and is not finished). */
    private static long waitForSomeRows(Path db, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(db)) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
                     ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM articles")) {
                    long rows = rs.next() ? rs.getLong(1) : 0;
                    if (rows > ARTICLES / 10) {
                        return rows;
                    }
                } catch (java.sql.SQLException notYet) {
                    // schema not created yet, or the database is busy: poll again
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the ingest process ended or stalled before it could be killed midway");
    }

    private static Path writeCorpus(Path file) throws Exception {
        Random random = new Random(42);
        List<String> words = List.of("minister", "talks", "trade", "agreement", "visit", "border", "delegation",
                "cooperation", "summit", "embassy", "treaty", "security", "investment", "energy", "port", "rice");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 120; w++) {
                    text.append(words.get(random.nextInt(words.size()))).append(w % 15 == 14 ? ". " : " ");
                }
                out.write(String.format(Locale.ROOT,
                        "{\"id\":\"crash-%05d\",\"outlet\":\"Test Wire\",\"published\":\"2025-01-%02d\","
                                + "\"title\":\"Story %d\",\"text\":\"%s\"}%n", i, 1 + i % 28, i, text.toString().strip()));
            }
        }
        return file;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
