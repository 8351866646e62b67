package org.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.config.StoreConfig;
import org.attache.app.watch.NewsSite;
import org.attache.store.ArticleStore;
import org.attache.testkit.HttpFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache watch --once} end to end against two made-up sites on 127.0.0.1: every feed format, a sitemap index,
 * a URL list, robots.txt with a disallow and a crawl-delay, and slow, endless, huge, looping and failing pages, wrong
 * charsets and hostile HTML. The request logs show what the watcher did.
 */
class WatchCliTest {
    @TempDir
    Path dir;

    private HttpFixture site;
    private HttpFixture slowHost;
    /** Article paths on {@link #site} that must be stored, each once. */
    private final List<String> articles = new ArrayList<>();

    @BeforeEach
    void buildSites() throws Exception {
        site = HttpFixture.start();
        slowHost = HttpFixture.start();
        site.route("/robots.txt", HttpFixture.body("text/plain", "User-agent: *\nDisallow: /private/\n"));
        slowHost.route("/robots.txt", HttpFixture.body("text/plain", "User-agent: *\nCrawl-delay: 1\n"));

        long seed = 1;
        for (String slug : List.of("rss2-a", "rss2-b", "shared", "old", "rdf-a", "rdf-b", "atom-a", "sm-a", "sm-b",
                "sm-c", "list-a")) {
            String published = slug.equals("rss2-a") ? "2025-01-06T09:00:00Z" : null;
            site.route("/news/" + slug + ".html", NewsSite.page("Story " + slug, seed++, published));
            articles.add("/news/" + slug + ".html");
        }
        site.route("/feeds/rss2.xml", NewsSite.document("application/rss+xml", NewsSite.rss2(
                u("/news/rss2-a.html"), "Feed title A", u("/news/rss2-b.html"), "Feed title B",
                u("/news/shared.html"), "Shared")));
        site.route("/feeds/rss091.xml", NewsSite.document("text/xml", NewsSite.rss091(u("/news/old.html"), "Old")));
        site.route("/feeds/rdf.xml", NewsSite.document("application/rdf+xml", NewsSite.rdf(
                u("/news/rdf-a.html"), "RDF A", u("/news/rdf-b.html"), "RDF B")));
        site.route("/feeds/atom.xml", NewsSite.document("application/atom+xml", NewsSite.atom(
                u("/news/atom-a.html"), "Atom A", u("/news/shared.html"), "Shared again")));
        site.route("/sitemap.xml", NewsSite.document("application/xml", NewsSite.sitemapIndex(
                u("/sitemaps/news.xml"), u("/sitemaps/more.xml.gz"))));
        site.route("/sitemaps/news.xml", NewsSite.document("application/xml", NewsSite.newsSitemap(
                u("/news/sm-a.html"), "Sitemap A", u("/news/sm-b.html"), "Sitemap B")));
        byte[] moreGz = NewsSite.gzip(NewsSite.newsSitemap(u("/news/sm-c.html"), "Sitemap C"));
        site.route("/sitemaps/more.xml.gz", HttpFixture.conditional("application/gzip", () -> moreGz));
        site.route("/lists/today.txt", NewsSite.document("text/plain", "# today\n" + u("/news/list-a.html") + "\n"
                + u("/news/rss2-a.html") + "\n"));

        // pages that cannot be read, each for its own reason
        site.route("/private/secret.html", NewsSite.page("Secret", 99, null));
        site.route("/slow.html", HttpFixture.trickle(Duration.ofMillis(200)));
        site.route("/stall.html", HttpFixture.stall(Duration.ofSeconds(30), NewsSite.page("Late", 98, null)));
        site.route("/huge.html", HttpFixture.endless("text/html"));
        site.route("/loop-1.html", HttpFixture.redirect("/loop-2.html"));
        site.route("/loop-2.html", HttpFixture.redirect("/loop-1.html"));
        site.route("/busy.html", HttpFixture.status(429, "Retry-After", "1"));
        site.route("/broken.html", HttpFixture.status(500));
        site.route("/report.pdf", HttpFixture.body("application/pdf", "%PDF-1.4 not a page"));
        site.route("/empty.html", HttpFixture.body("text/html", "<html><head><title>x</title></head><body></body></html>"));
        site.route("/feeds/trouble.xml", NewsSite.document("application/rss+xml", NewsSite.rss2(
                u("/private/secret.html"), "t", u("/slow.html"), "t", u("/stall.html"), "t", u("/huge.html"), "t",
                u("/loop-1.html"), "t", u("/busy.html"), "t", u("/broken.html"), "t", u("/missing.html"), "t",
                u("/report.pdf"), "t", u("/empty.html"), "t")));

        // wrong charsets: a UTF-8 page labelled Latin-1, a windows-1251 page declared only in its meta tag, a UTF-16
        // page with a byte-order mark labelled UTF-8
        site.route("/news/latin1-mislabel.html", NewsSite.encoded("text/html; charset=iso-8859-1",
                StandardCharsets.UTF_8, NewsSite.article("Bộ trưởng thăm Hà Nội", 201, null)));
        site.route("/news/cp1251.html", NewsSite.encoded("text/html", Charset.forName("windows-1251"),
                NewsSite.article("Переговоры в Ханое", 202, null).replace("<meta charset=\"utf-8\">",
                        "<meta charset=\"windows-1251\">")));
        byte[] utf16 = NewsSite.article("Hội nghị tại Đà Nẵng", 203, null).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        site.route("/news/utf16.html", HttpFixture.body("text/html; charset=utf-8", withBom));
        site.route("/feeds/charsets.xml", NewsSite.document("application/rss+xml", NewsSite.rss2(
                u("/news/latin1-mislabel.html"), "c", u("/news/cp1251.html"), "c", u("/news/utf16.html"), "c")));
        articles.addAll(List.of("/news/latin1-mislabel.html", "/news/cp1251.html", "/news/utf16.html"));

        // hostile HTML: scripts, a refresh and a base pointing at private addresses, deep nesting, handlers
        String hostile = "<html><head><title>Hostile page</title><meta http-equiv=\"refresh\" content=\"0;url="
                + "http://169.254.169.254/latest/meta-data/\"><base href=\"http://10.0.0.1/\"></head>"
                + "<body onload=\"alert(1)\"><script>document.write('<img src=http://10.0.0.1/x>')</script>"
                + "<div>".repeat(3000) + NewsSite.article("Hostile page headline", 204, null)
                .replaceAll("(?s).*<article>", "<article>").replaceAll("(?s)</article>.*", "</article>")
                + "</div>".repeat(3000) + "<iframe src=\"http://192.168.0.1/\"></iframe>"
                + "<img src=\"http://[::1]/x\" onerror=\"alert(2)\"></body></html>";
        site.route("/news/hostile.html", HttpFixture.body("text/html", hostile));
        site.route("/feeds/hostile.xml", NewsSite.document("application/rss+xml", NewsSite.rss2(
                u("/news/hostile.html"), "h")));
        articles.add("/news/hostile.html");

        for (int i = 1; i <= 3; i++) {
            slowHost.route("/b/" + i + ".html", NewsSite.page("Slow host story " + i, 300 + i, null));
        }
        slowHost.route("/feed.xml", NewsSite.document("application/rss+xml", NewsSite.rss2(
                slowHost.url("/b/1.html"), "B1", slowHost.url("/b/2.html"), "B2", slowHost.url("/b/3.html"), "B3")));
    }

    @AfterEach
    void stopSites() {
        site.close();
        slowHost.close();
    }

    private String u(String path) {
        return site.url(path);
    }

    private Path sourcesFile() throws Exception {
        StringBuilder toml = new StringBuilder("""
                [fetch]
                contact = "mailto:desk@example.org"
                connect_timeout = "2s"
                timeout = "2s"
                max_page_bytes = 200000
                host_interval = "0s"
                connections = 4

                [watch]
                max_attempts = 2
                round_time_limit = "2m"
                """);
        String[][] sources = {
                {"rss2", "feed", u("/feeds/rss2.xml")}, {"rss091", "feed", u("/feeds/rss091.xml")},
                {"rdf", "feed", u("/feeds/rdf.xml")}, {"atom", "feed", u("/feeds/atom.xml")},
                {"sitemap", "sitemap", u("/sitemap.xml")}, {"list", "urls", u("/lists/today.txt")},
                {"trouble", "feed", u("/feeds/trouble.xml")}, {"charsets", "feed", u("/feeds/charsets.xml")},
                {"hostile", "feed", u("/feeds/hostile.xml")}, {"slow host", "feed", slowHost.url("/feed.xml")}};
        for (String[] s : sources) {
            toml.append("\n[[source]]\nname = \"").append(s[0]).append("\"\nkind = \"").append(s[1])
                    .append("\"\nurl = \"").append(s[2]).append("\"\noutlet = \"Test Wire\"\nevery = \"10m\"\n");
        }
        Path file = dir.resolve("SOURCES.toml");
        Files.writeString(file, toml);
        return file;
    }

    private Cli watchOnce(Path sources, Path data) {
        return Cli.run("watch", sources.toString(), "--once", "--allow-private", "--no-entities", "--data",
                data.toString(), "--json");
    }

    @Test
    void onceIngestsEveryNewItemOnceThenFetchesConditionallyAndStoresNothingNew() throws Exception {
        Path sources = sourcesFile();
        Path data = dir.resolve("data");
        long t0 = System.nanoTime();
        Cli first = watchOnce(sources, data);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode r1 = first.json();
        int expected = articles.size() + 3; // and the slow host's three
        assertThat(r1.get("sources_polled").asInt()).isEqualTo(10);
        assertThat(r1.get("source_failures").size()).as(r1.toString()).isZero();
        assertThat(r1.get("new_pages").asInt()).isEqualTo(expected + 10);
        assertThat(r1.get("stored").asLong() + r1.get("exact_duplicates").asLong() + r1.get("near_duplicates").asLong())
                .as(r1.toString()).isEqualTo(expected);
        // each unreadable page is a counted skip with its reason
        Map<String, Long> reasons = new HashMap<>();
        r1.get("skipped_by_reason").fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asLong()));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of("disallowed by robots.txt", 1L, "timeout", 2L,
                "too large", 1L, "redirect loop", 1L, "HTTP 429", 1L, "HTTP 500", 1L, "HTTP 404", 1L, "not a page", 1L,
                "no article text", 1L));
        // nothing hung past its timeout: two timeouts of 2 s, a crawl-delay of 1 s on the other host
        assertThat(took).isLessThan(Duration.ofSeconds(60));

        // each article page was fetched exactly once; the disallowed one never; robots.txt once per host
        for (String path : articles) {
            assertThat(site.requests(path)).as(path).hasSize(1);
        }
        assertThat(site.requests("/private/secret.html")).isEmpty();
        assertThat(site.requests("/robots.txt")).hasSize(1);
        assertThat(slowHost.requests("/robots.txt")).hasSize(1);
        assertThat(site.requests()).allSatisfy(r -> assertThat(r.header("User-Agent"))
                .isEqualTo("Attache/dev (+mailto:desk@example.org)"));
        // the crawl-delay of the slow host spaced its requests (after robots.txt) by a second
        List<HttpFixture.Request> slow = slowHost.requests();
        assertThat(slow).hasSize(5);
        for (int i = 2; i < slow.size(); i++) {
            assertThat(slow.get(i).nanos() - slow.get(i - 1).nanos()).as("gap before %s", slow.get(i).path())
                    .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(950));
        }

        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            Map<String, Article> byUrl = new HashMap<>();
            store.forEachArticle(a -> byUrl.put(a.url(), a));
            assertThat(byUrl).hasSize(expected);
            assertThat(byUrl.get(u("/news/rss2-a.html")).published().provenance()).isEqualTo(DateProvenance.META);
            assertThat(byUrl.get(u("/news/rss2-b.html")).published().provenance()).isEqualTo(DateProvenance.FEED);
            assertThat(byUrl.get(u("/news/rss2-b.html")).title()).isEqualTo("Story rss2-b");
            assertThat(byUrl.get(u("/news/old.html")).published()).as("neither page nor feed gives a date").isNull();
            assertThat(byUrl.get(u("/news/rss2-b.html")).outlet()).isEqualTo("Test Wire");
            assertThat(byUrl.get(u("/news/latin1-mislabel.html")).title()).isEqualTo("Bộ trưởng thăm Hà Nội");
            assertThat(byUrl.get(u("/news/cp1251.html")).title()).isEqualTo("Переговоры в Ханое");
            assertThat(byUrl.get(u("/news/utf16.html")).title()).isEqualTo("Hội nghị tại Đà Nẵng");
            Article hostile = byUrl.get(u("/news/hostile.html"));
            assertThat(hostile.title()).isEqualTo("Hostile page headline");
            assertThat(String.join("\n", hostile.body())).doesNotContain("document.write", "alert(");
        }

        // second round: every document is asked for conditionally, nothing new is stored, and only the pages that
        // failed for a passing reason (timeouts, 429, 500) are tried again
        site.clearRequests();
        slowHost.clearRequests();
        Cli second = watchOnce(sources, data);
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode r2 = second.json();
        System.out.println("round 1: " + r1.get("seconds") + " s, round 2: " + r2.get("seconds") + " s");
        assertThat(r2.get("new_pages").asInt()).isZero();
        assertThat(r2.get("stored").asLong()).isZero();
        assertThat(r2.get("sources_unchanged").asInt()).as("all but the sitemap index, which is always read whole")
                .isEqualTo(9);
        for (String feed : List.of("/feeds/rss2.xml", "/feeds/rss091.xml", "/feeds/rdf.xml", "/feeds/atom.xml",
                "/sitemaps/news.xml", "/sitemaps/more.xml.gz", "/lists/today.txt", "/feeds/trouble.xml")) {
            assertThat(site.requests(feed)).as(feed).singleElement()
                    .satisfies(r -> assertThat(r.header("If-None-Match")).isNotNull());
        }
        assertThat(slowHost.requests("/feed.xml")).singleElement()
                .satisfies(r -> assertThat(r.header("If-None-Match")).isNotNull());
        List<String> pagesAgain = site.requests().stream().map(HttpFixture.Request::path)
                .filter(p -> !p.startsWith("/feeds/") && !p.startsWith("/sitemap") && !p.startsWith("/lists/")
                        && !p.equals("/robots.txt")).toList();
        assertThat(pagesAgain).containsExactlyInAnyOrder("/slow.html", "/stall.html", "/busy.html", "/broken.html");
        assertThat(slowHost.requests().stream().filter(r -> r.path().startsWith("/b/"))).isEmpty();

        // third round: those were given up after two attempts; no page is fetched at all
        site.clearRequests();
        JsonNode r3 = watchOnce(sources, data).json();
        assertThat(r3.get("pages_fetched").asInt()).isZero();
        assertThat(r3.get("items").asLong()).isZero();
        assertThat(site.requests().stream().map(HttpFixture.Request::path).filter(p -> p.endsWith(".html"))).isEmpty();

        Cli stats = Cli.run("stats", "--data", data.toString(), "--json");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        JsonNode watch = stats.json().get("watch");
        assertThat(watch.get("found").asLong()).isEqualTo(expected + 10);
        assertThat(watch.get("done").asLong()).isEqualTo(expected);
        assertThat(watch.get("skipped").asLong()).isEqualTo(10);
        assertThat(watch.get("pending").asLong()).isZero();
        assertThat(watch.get("skipped_by_reason").get("timeout").asLong()).isEqualTo(2);
        assertThat(Cli.run("stats", "--data", data.toString()).out()).contains("watched pages:");
    }

    @Test
    void withoutAllowPrivateALoopbackSourceIsRefusedWithItsReason() throws Exception {
        Path data = dir.resolve("data");
        Cli run = Cli.run("watch", sourcesFile().toString(), "--once", "--no-entities", "--data", data.toString(),
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode failures = run.json().get("source_failures");
        assertThat(failures.size()).isEqualTo(10);
        assertThat(failures.get("rss2").asText()).isEqualTo("refused address: 127.0.0.1 resolves to 127.0.0.1"
                + " (loopback 127.0.0.0/8); use --allow-private to fetch from such addresses");
        assertThat(site.requests()).isEmpty();
        assertThat(slowHost.requests()).isEmpty();
    }

    @Test
    void aBadSourcesFileIsAOneLineUsageError() throws Exception {
        Path file = dir.resolve("SOURCES.toml");
        Files.writeString(file, "[fetch]\ncontact = \"mailto:desk@example.org\"\ntimout = \"2s\"\n");
        Cli run = Cli.run("watch", file.toString(), "--once", "--data", dir.resolve("data").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("attache: SOURCES.toml: unknown key 'timout' in [fetch]")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(Cli.run("watch", dir.resolve("missing.toml").toString(), "--once").err())
                .contains("sources file not found");
    }
}
