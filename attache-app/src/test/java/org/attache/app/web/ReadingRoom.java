package org.attache.app.web;

import org.attache.testkit.SharedData;
import org.attache.app.ScratchFolder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.attache.api.config.StoreConfig;
import org.attache.app.Main;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reading room for all browser tests of a run: a temporary data folder filled through the real CLI
 * ({@code attache ingest}) with the seed pages (when {@code ../shared} is there) and this package's XSS
 * pages, and the web server started in-process on a free loopback port over that store. Built once and
 * shared (ingest loads the NLP models, which takes seconds), closed when the test run ends.
 */
final class ReadingRoom implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReadingRoom.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir;
    private final boolean seeds;
    private final ArticleStore store;
    private final WebServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ReadingRoom(Path dataDir, boolean seeds, ArticleStore store, WebServer server) {
        this.dataDir = dataDir;
        this.seeds = seeds;
        this.store = store;
        this.server = server;
    }

    /** Ingests the pages through the CLI and starts the server; fails (not skips) when ingest fails. */
    static ReadingRoom start(WebBackend backend) {
        try {
            Path dataDir = Files.createTempDirectory("attache-web-test");
            StoreConfig config = backend.fresh(dataDir);
            List<String> args = new ArrayList<>(List.of("ingest", xssPages().toString()));
            Path seedPages = seedPages();
            if (seedPages != null) {
                args.add(seedPages.toString());
            }
            // a generous page budget: the room is a fixture, and a busy machine must not make it skip its pages
            args.addAll(List.of("--data", dataDir.toString(), "--json", "--page-time-budget", "900"));
            args.addAll(WebBackend.cliOptions(config));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
            assertThat(code).as("attache %s failed: %s", args, err).isZero();
            JsonNode summary = JSON.readTree(out.toString());
            assertThat(summary.get("stored").asLong()).as("stored by %s: %s", args, out)
                    .isEqualTo(seedPages == null ? 2 : 4);
            ArticleStore store = ArticleStore.open(config);
            WebServer server = WebServer.start(store, new WebConfig("127.0.0.1", 0, dataDir, false));
            LOG.info("Reading room on http://127.0.0.1:{} over {}", server.port(), dataDir);
            return new ReadingRoom(dataDir, seedPages != null, store, server);
        } catch (IOException e) {
            throw new AssertionError("cannot prepare the reading room: " + e, e);
        }
    }

    /** The seed pages beside the project, or null when {@code ../shared} is absent. */
    static Path seedPages() {
        Path pages = SharedData.resolve("fixtures/seeds/pages");
        return Files.isDirectory(pages) ? pages : null;
    }

    /** This package's hostile pages (test resources). */
    static Path xssPages() {
        try {
            return Path.of(ReadingRoom.class.getResource("xss").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("test resource org/attache/app/web/xss is missing", e);
        }
    }

    /** Whether the seed pages were ingested. */
    boolean hasSeeds() {
        return seeds;
    }

    /** http://127.0.0.1:PORT */
    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Absolute URL of a path on this server. */
    String url(String path) {
        return base() + path;
    }

    /** GET a path on this server (no redirects followed). */
    HttpResponse<String> get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during GET " + path, e);
        }
    }

    /** GET a JSON path, asserting status 200. */
    JsonNode getJson(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " is not JSON: " + response.body(), e);
        }
    }

    /** The first stored article (walking /api/articles page by page) that matches, or an assertion error. */
    JsonNode article(String what, Predicate<JsonNode> test) {
        String cursor = null;
        List<String> seen = new ArrayList<>();
        do {
            JsonNode page = getJson("/api/articles?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            for (JsonNode item : page.get("items")) {
                if (test.test(item)) {
                    return item;
                }
                seen.add(item.path("title").asText());
            }
            JsonNode next = page.get("next_cursor");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        throw new AssertionError("no stored article is " + what + "; titles: " + seen);
    }

    /** Seed 000 (the VNA article on the April 29 videoconference). */
    JsonNode seed000() {
        return article("seed 000", a -> a.path("title").asText().startsWith("Vietnam always treasures strategic partnership"));
    }

    /** Seed 001 (the VNS report of the January visit, "Lê Hoài Trung" with diacritics). */
    JsonNode seed001() {
        return article("seed 001", a -> "SINGAPORE".equals(a.path("dateline").asText()));
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            store.close();
            ScratchFolder.delete(dataDir);
        }
    }
}
