package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.attache.api.config.StoreConfig;
import org.attache.app.watch.NewsSite;
import org.attache.store.ArticleStore;
import org.attache.testkit.HttpFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a {@code watch} process with SIGKILL in the middle of a round, then checks that the store is consistent and
 * that the next round completes the set: every listed page stored once, and the pages whose articles were committed
 * before the kill never fetched again.
 */
class WatchCrashRecoveryTest {
    private static final int PAGES = 240;

    @TempDir
    Path dir;

    @Test
    void killMinus9MidRoundLosesNothing() throws Exception {
        try (HttpFixture site = HttpFixture.start()) {
            site.route("/robots.txt", HttpFixture.status(404));
            List<String> links = new ArrayList<>();
            for (int i = 1; i <= PAGES; i++) {
                String path = String.format(java.util.Locale.ROOT, "/news/%03d.html", i);
                // a little slow, so that the round is still going when it is killed
                site.route(path, NewsSite.delayed(Duration.ofMillis(25), NewsSite.page("Story " + i, 1000 + i, null)));
                links.add(site.url(path));
                links.add("Story " + i);
            }
            site.route("/sitemap.xml", NewsSite.document("application/xml",
                    NewsSite.newsSitemap(links.toArray(String[]::new))));
            Path sources = dir.resolve("SOURCES.toml");
            Files.writeString(sources, """
                    [fetch]
                    contact = "mailto:desk@example.org"
                    host_interval = "0s"
                    timeout = "5s"

                    [[source]]
                    name = "crash wire"
                    kind = "sitemap"
                    url = "%s"
                    """.formatted(site.url("/sitemap.xml")));
            Path data = dir.resolve("data");

            Process watch = new ProcessBuilder(javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "watch", sources.toString(), "--once", "--allow-private", "--no-entities",
                    "--commit-every", "5", "--data", data.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            long seen = waitForSomeRows(data.resolve("attache.db"), watch);
            watch.destroyForcibly();
            assertThat(watch.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).as("killed midway").isBetween(1L, (long) PAGES - 1);

            Set<String> committed = new HashSet<>();
            try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
                var check = store.verify();
                assertThat(check.agree()).as("after the crash: %s", check).isTrue();
                assertThat(check.dbCount()).isBetween(seen, (long) PAGES - 1);
                store.forEachArticle(a -> committed.add(a.url()));
                // a page is marked done exactly when its article is there: both commit together
                assertThat(store.watch().stats().done()).isEqualTo(committed.size());
            }

            site.clearRequests();
            Cli rerun = Cli.run("watch", sources.toString(), "--once", "--allow-private", "--no-entities", "--data",
                    data.toString(), "--json");
            assertThat(rerun.exitCode()).as(rerun.err()).isZero();
            JsonNode report = rerun.json();
            assertThat(report.get("stored").asLong()).isEqualTo(PAGES - committed.size());
            assertThat(report.get("skipped").asLong()).isZero();
            try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
                var check = store.verify();
                assertThat(check.agree()).isTrue();
                assertThat(check.dbCount()).isEqualTo(PAGES);
                assertThat(store.watch().stats().done()).isEqualTo(PAGES);
                assertThat(store.watch().stats().pending()).isZero();
            }
            for (String url : committed) {
                assertThat(site.requests(url.substring(url.indexOf("/news/")))).as(url).isEmpty();
            }
        }
    }

    /** Polls the database until the child has committed some articles (and is not finished). */
    private static long waitForSomeRows(Path db, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(db)) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
                     ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM articles")) {
                    long rows = rs.next() ? rs.getLong(1) : 0;
                    if (rows > PAGES / 8) {
                        return rows;
                    }
                } catch (java.sql.SQLException notYet) {
                    // schema not created yet, or the database is busy: poll again
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the watch process ended or stalled before it could be killed midway");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
