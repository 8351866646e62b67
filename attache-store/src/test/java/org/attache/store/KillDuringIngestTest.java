package org.attache.store;

import org.attache.api.config.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A real {@code kill -9} of an ingesting JVM: the data folder must reopen consistent and complete on re-run. */
class KillDuringIngestTest {
    static final int ARTICLES = 400;
    static final int COMMIT_EVERY = 7;

    @TempDir
    Path dir;

    /** Child process: stores {@link #ARTICLES} articles, printing each index, until killed. */
    public static void main(String[] args) {
        try (ArticleStore store = ArticleStore.open(new StoreConfig(Path.of(args[0]), COMMIT_EVERY, 3))) {
            ingest(store, System.out);
        }
    }

    static void ingest(ArticleStore store, java.io.PrintStream progress) {
        for (int i = 0; i < ARTICLES; i++) {
            store.store(Articles.article("k" + i, "VNA", "Crash " + i, "2025-01-07", "en",
                    Articles.randomText(i, 50), "Paragraph " + i + "."));
            if (progress != null) {
                progress.println(i);
                progress.flush();
                pause();   // keep the child near the parent's reading so the kill lands mid-ingest
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void killMidIngestThenReopenAndRerun() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", classPath, KillDuringIngestTest.class.getName(),
                dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int seen = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen = Integer.parseInt(line.strip());
                if (seen >= 150 && seen % COMMIT_EVERY == 3) {   // mid-batch
                    break;
                }
            }
            child.destroyForcibly();   // SIGKILL on Unix
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(seen).as("child progress").isGreaterThanOrEqualTo(150);

        try (ArticleStore store = ArticleStore.open(new StoreConfig(dir, COMMIT_EVERY, 3))) {
            IndexCheck check = store.verify();
            assertThat(check.agree()).isTrue();
            assertThat(check.dbCount()).isBetween((long) seen + 1 - COMMIT_EVERY, (long) ARTICLES);
            ingest(store, null);
            assertThat(store.verify()).isEqualTo(new IndexCheck(ARTICLES, ARTICLES, 0, 0));
            assertThat(store.search("\"paragraph 399\"", 3).totalHits()).isEqualTo(1);
        }
    }
}
