package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.attache.app.watch.NewsSite;
import org.attache.testkit.HttpFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache serve --watch} in a process of its own: the watcher runs inside the server, and a story that
 * appears in the watched feed appears on the home page and in the follower's feed without a restart.
 */
class ServeWatchTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String page(String headline, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + headline + "</title></head><body>"
                + "<article><h1>" + headline + "</h1>\n" + body + "</article></body></html>";
    }

    @Test
    void aNewFeedItemReachesTheHomePageAndTheFeedWithoutARestart() throws Exception {
        try (HttpFixture site = HttpFixture.start()) {
            site.route("/robots.txt", HttpFixture.status(404));
            site.route("/news/1.html", HttpFixture.body("text/html; charset=utf-8", page(
                    "Hanoi and Singapore leaders discuss the digital economy",
                    "HANOI — Vietnamese Prime Minister Pham Minh Chinh met Singaporean Prime Minister Lawrence Wong in"
                            + " Hanoi on Monday to discuss the digital economy and renewable energy.",
                    "The two leaders agreed to expand cooperation on green energy and to connect their power grids.")));
            site.route("/news/2.html", HttpFixture.body("text/html; charset=utf-8", page(
                    "Foreign ministers sign maritime accord in Singapore",
                    "SINGAPORE — Singaporean Foreign Minister Vivian Balakrishnan held talks with Vietnamese Foreign"
                            + " Minister Bui Thanh Son in Singapore on Tuesday.",
                    "The two ministers signed an agreement on maritime cooperation and search and rescue at sea.")));
            AtomicReference<String> feed = new AtomicReference<>(NewsSite.rss2(site.url("/news/1.html"), "one"));
            site.route("/feed.xml", HttpFixture.conditional("application/rss+xml",
                    () -> feed.get().getBytes(StandardCharsets.UTF_8)));
            Path sources = dir.resolve("SOURCES.toml");
            Files.writeString(sources, """
                    [fetch]
                    contact = "mailto:desk@example.org"
                    host_interval = "0s"

                    [watch]
                    jitter = 0.0

                    [[source]]
                    name = "wire"
                    kind = "feed"
                    url = "%s"
                    every = "2s"
                    """.formatted(site.url("/feed.xml")));

            Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                    "--watch", sources.toString(), "--allow-private", "--data", dir.resolve("data").toString())
                    .redirectError(dir.resolve("serve.err").toFile()).start();
            try {
                String base = baseUrl(serve);
                String home = waitFor(base, body -> body.contains("Hanoi and Singapore leaders discuss"));
                assertThat(home).doesNotContain("maritime accord");
                HttpResponse<String> follow = http.send(HttpRequest.newBuilder(URI.create(base + "api/follows"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"pair\", \"key\": \"VNM-SGP\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(follow.statusCode()).as(follow.body()).isBetween(200, 299);

                feed.set(NewsSite.rss2(site.url("/news/1.html"), "one", site.url("/news/2.html"), "two"));
                waitFor(base, body -> body.contains("Foreign ministers sign maritime accord"));
                String followed = waitFor(base + "api/feed", body -> body.contains("maritime accord"));
                assertThat(followed).contains("Hanoi and Singapore leaders discuss");
                assertThat(site.requests("/news/1.html")).hasSize(1);
                assertThat(site.requests("/feed.xml")).as("polled again and again, conditionally")
                        .hasSizeGreaterThanOrEqualTo(2)
                        .anySatisfy(r -> assertThat(r.header("If-None-Match")).isNotNull());
            } finally {
                serve.destroy(); // SIGTERM: the shutdown hook stops the watcher, then the server
                assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped cleanly").isTrue();
            }
            String log = Files.readString(dir.resolve("data").resolve("attache.log"));
            assertThat(log).contains("watch stopped");
        }
    }

    /** The server's base URL, from its banner. */
    private static String baseUrl(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf("http://127.0.0.1:");
            if (line.startsWith("Attaché reading room on") && at >= 0) {
                return line.substring(at, line.indexOf('/', at + "http://".length()) + 1);
            }
        }
        throw new AssertionError("the server ended before it printed its address");
    }

    /** GETs {@code url} until its body passes {@code test} (two minutes at most: the first round loads the models). */
    private String waitFor(String url, Predicate<String> test) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        String body = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            body = r.body();
            if (r.statusCode() == 200 && test.test(body)) {
                return body;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("never came: " + url + "\n" + body);
    }
}
