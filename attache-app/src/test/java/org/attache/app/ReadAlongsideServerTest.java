package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.attache.api.config.StoreConfig;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read commands work on a folder that a server is serving (they open the store read-only, without the index's
 * write lock), and see what the server commits; a command that writes is still refused with one clear line.
 */
class ReadAlongsideServerTest {
    @TempDir
    Path dir;

    @Test
    void statsSearchAndShowRunWhileTheFolderIsServed() {
        Path data = dir.resolve("data");
        Cli ingest = Cli.run("ingest", Cli.samples().toString(), "--data", data.toString(), "--no-entities");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        try (ArticleStore served = ArticleStore.open(StoreConfig.at(data));
             WebServer server = WebServer.start(served, WebConfig.of("127.0.0.1", 0, data))) {
            assertThat(server.port()).isPositive();
            Cli stats = Cli.run("stats", "--data", data.toString(), "--json");
            assertThat(stats.exitCode()).as(stats.err()).isZero();
            long articles = stats.json().get("articles").asLong();
            assertThat(articles).isPositive();

            Cli search = Cli.run("search", "Mekong", "--data", data.toString(), "--json");
            assertThat(search.exitCode()).as(search.err()).isZero();
            String id = search.json().get("hits").get(0).get("id").asText();
            Cli show = Cli.run("show", id, "--data", data.toString());
            assertThat(show.exitCode()).as(show.err()).isZero();

            served.store(new org.attache.api.Article("ffffffffffff0001", "test", null, "Test Wire", "Served later", false,
                    java.util.List.of("A report the server stored after the reader started, on the Mekong delta."),
                    null, null, null, null, "en", null, null, null));
            served.commit();
            Cli after = Cli.run("stats", "--data", data.toString(), "--json");
            assertThat(after.json().get("articles").asLong()).isEqualTo(articles + 1);

            Cli write = Cli.run("reindex", "--data", data.toString());
            assertThat(write.exitCode()).isNotZero();
            assertThat(write.err()).contains("another Attaché process");
        }
    }
}
