package org.attache.extract.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.attache.api.config.FetchConfig;
import org.attache.testkit.HttpFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a local fixture on 127.0.0.1: manners, caps, decoding, failures and the address guard. */
class PoliteFetcherTest {
    private static final String CONTACT = "mailto:desk@example.org";
    private static final byte[] PAGE = "<html><body><p>Talks on the river commission went on.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private HttpFixture site;
    private PoliteFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        site = HttpFixture.start();
    }

    @AfterEach
    void stop() {
        if (fetcher != null) {
            fetcher.close();
        }
        site.close();
    }

    private static FetchConfig config(Duration timeout, long maxBytes, Duration hostInterval, boolean allowPrivate) {
        return new FetchConfig(CONTACT, Duration.ofSeconds(2), timeout, maxBytes, 3, hostInterval, 1, 4, allowPrivate);
    }

    private PoliteFetcher open() {
        fetcher = new PoliteFetcher(config(Duration.ofSeconds(2), 64 * 1024, Duration.ZERO, true), "test");
        return fetcher;
    }

    private static long soon() {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    }

    private FetchResult get(String path) throws InterruptedException {
        return fetcher.fetch(site.url(path), FetchResult.Validators.NONE, soon());
    }

    private static FetchResult.Failed failed(FetchResult r) {
        assertThat(r).isInstanceOf(FetchResult.Failed.class);
        return (FetchResult.Failed) r;
    }

    @Test
    void conditionalGetSendsTheValidatorsAndGets304() throws Exception {
        open();
        site.route("/feed.xml", HttpFixture.conditional("application/rss+xml", () -> PAGE));
        FetchResult first = get("/feed.xml");
        assertThat(first).isInstanceOf(FetchResult.Fetched.class);
        FetchResult.Validators validators = ((FetchResult.Fetched) first).validators();
        assertThat(validators.etag()).isNotNull();
        assertThat(validators.lastModified()).isEqualTo("Mon, 06 Jan 2025 08:00:00 GMT");
        FetchResult second = fetcher.fetch(site.url("/feed.xml"), validators, soon());
        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
        List<HttpFixture.Request> requests = site.requests("/feed.xml");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).header("If-None-Match")).isEqualTo(validators.etag());
        assertThat(requests.get(0).header("User-Agent")).isEqualTo("Attache/test (+" + CONTACT + ")");
        assertThat(requests.get(0).header("Accept-Encoding")).contains("gzip").contains("br");
    }

    @Test
    void decodesGzipDeflateAndBrotli() throws Exception {
        open();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(PAGE);
        }
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(zlib)) {
            out.write(PAGE);
        }
        ByteArrayOutputStream rawDeflate = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(rawDeflate, new java.util.zip.Deflater(6, true))) {
            out.write(PAGE);
        }
        byte[] brotli;
        byte[] brotliPlain;
        try (InputStream br = getClass().getResourceAsStream("/fetch/brotli-page.html.br");
             InputStream plain = getClass().getResourceAsStream("/fetch/brotli-page.html")) {
            brotli = br.readAllBytes();
            brotliPlain = plain.readAllBytes();
        }
        site.route("/gz", encoded("gzip", gz.toByteArray()))
                .route("/zlib", encoded("deflate", zlib.toByteArray()))
                .route("/raw-deflate", encoded("deflate", rawDeflate.toByteArray()))
                .route("/br", encoded("br", brotli))
                .route("/zstd", encoded("zstd", PAGE));
        assertThat(((FetchResult.Fetched) get("/gz")).body()).isEqualTo(PAGE);
        assertThat(((FetchResult.Fetched) get("/zlib")).body()).isEqualTo(PAGE);
        assertThat(((FetchResult.Fetched) get("/raw-deflate")).body()).isEqualTo(PAGE);
        assertThat(((FetchResult.Fetched) get("/br")).body()).isEqualTo(brotliPlain);
        assertThat(failed(get("/zstd")).reason()).isEqualTo("unsupported content encoding: zstd");
    }

    private static HttpFixture.Handler encoded(String encoding, byte[] body) {
        return (exchange, fixture) -> {
            exchange.getResponseHeaders().set("Content-Encoding", encoding);
            HttpFixture.respond(exchange, 200, "text/html; charset=utf-8", body);
        };
    }

    @Test
    void hugeEndlessAndBombResponsesStopAtTheCap() throws Exception {
        open();
        byte[] big = new byte[200 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bomb)) {
            for (int i = 0; i < 100; i++) {
                out.write(big); // 20 MB of 'a' in a few KB
            }
        }
        assertThat(bomb.size()).isLessThan(64 * 1024);
        site.route("/huge", HttpFixture.body("text/html", big))
                .route("/endless", HttpFixture.endless("text/html"))
                .route("/bomb", encoded("gzip", bomb.toByteArray()));
        assertThat(failed(get("/huge")).reason()).startsWith("too large: Content-Length 204800 is over 65536 bytes");
        long t0 = System.nanoTime();
        FetchResult.Failed endless = failed(get("/endless"));
        assertThat(endless.reason()).isEqualTo("too large: over 65536 bytes");
        assertThat(endless.kind()).isEqualTo(FetchResult.Kind.PERMANENT);
        assertThat(failed(get("/bomb")).reason()).isEqualTo("too large: over 65536 bytes");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void slowResponsesEndAtTheTimeout() throws Exception {
        open();
        site.route("/trickle", HttpFixture.trickle(Duration.ofMillis(100)))
                .route("/stall", HttpFixture.stall(Duration.ofSeconds(20), HttpFixture.body("text/html", PAGE)));
        for (String path : List.of("/trickle", "/stall")) {
            long t0 = System.nanoTime();
            FetchResult.Failed f = failed(get(path));
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertThat(f.reason()).as(path).startsWith("timeout");
            assertThat(f.kind()).isEqualTo(FetchResult.Kind.TRANSIENT);
            assertThat(took).as(path).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(4));
        }
    }

    @Test
    void redirectsAreFollowedUpToTheCapAndLoopsRefused() throws Exception {
        open();
        site.route("/a", HttpFixture.redirect("/b")).route("/b", HttpFixture.redirect(site.url("/a")))
                .route("/r1", HttpFixture.redirect("/r2")).route("/r2", HttpFixture.redirect("/r3"))
                .route("/r3", HttpFixture.redirect("/r4")).route("/r4", HttpFixture.redirect("/r5"))
                .route("/r5", HttpFixture.body("text/html", PAGE))
                .route("/ok1", HttpFixture.redirect("/r4"))
                .route("/ftp", HttpFixture.redirect("ftp://127.0.0.1/file"));
        assertThat(failed(get("/a")).reason()).startsWith("redirect loop: ");
        assertThat(failed(get("/r1")).reason()).startsWith("too many redirects: more than 3");
        FetchResult.Fetched ok = (FetchResult.Fetched) get("/ok1");
        assertThat(ok.finalUrl()).isEqualTo(site.url("/r5"));
        assertThat(ok.url()).isEqualTo(site.url("/ok1"));
        assertThat(failed(get("/ftp")).reason()).startsWith("bad redirect: not an http(s) URL");
    }

    @Test
    void statusesBecomeFailuresOfTheirKind() throws Exception {
        open();
        site.route("/busy", HttpFixture.status(429, "Retry-After", "1"))
                .route("/down", HttpFixture.status(503))
                .route("/gone", HttpFixture.status(410));
        FetchResult.Failed busy = failed(get("/busy"));
        assertThat(busy.reason()).isEqualTo("HTTP 429");
        assertThat(busy.kind()).isEqualTo(FetchResult.Kind.TRANSIENT);
        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(busy.host()).isEqualTo("127.0.0.1:" + site.port());
        assertThat(failed(get("/down")).kind()).isEqualTo(FetchResult.Kind.TRANSIENT);
        assertThat(failed(get("/missing")).reason()).isEqualTo("HTTP 404");
        assertThat(failed(get("/gone")).kind()).isEqualTo(FetchResult.Kind.PERMANENT);
        // the 429's Retry-After holds the host back before its next request
        List<HttpFixture.Request> log = site.requests().stream().filter(r -> !r.path().equals("/robots.txt")).toList();
        assertThat(log.get(1).nanos() - log.get(0).nanos()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(950));
    }

    @Test
    void robotsDisallowsAndCrawlDelayAreHonoured() throws Exception {
        open();
        site.route("/robots.txt", HttpFixture.body("text/plain", """
                User-agent: *
                Disallow: /private/
                Crawl-delay: 1

                User-agent: attache
                Disallow: /members/
                Crawl-delay: 1
                """))
                .route("/members/page", HttpFixture.body("text/html", PAGE))
                .route("/private/page", HttpFixture.body("text/html", PAGE))
                .route("/news/1", HttpFixture.body("text/html", PAGE))
                .route("/news/2", HttpFixture.body("text/html", PAGE))
                .route("/news/3", HttpFixture.body("text/html", PAGE));
        FetchResult.Failed members = failed(get("/members/page"));
        assertThat(members.reason()).startsWith("disallowed by robots.txt");
        assertThat(members.kind()).isEqualTo(FetchResult.Kind.PERMANENT);
        // the group for our own product token applies, not the '*' group
        assertThat(get("/private/page")).isInstanceOf(FetchResult.Fetched.class);
        for (int i = 1; i <= 3; i++) {
            assertThat(get("/news/" + i)).isInstanceOf(FetchResult.Fetched.class);
        }
        assertThat(site.requests("/robots.txt")).hasSize(1);
        assertThat(site.requests("/members/page")).isEmpty();
        List<HttpFixture.Request> pages = site.requests().stream().filter(r -> !r.path().equals("/robots.txt")).toList();
        assertThat(pages).hasSize(4);
        for (int i = 1; i < pages.size(); i++) {
            assertThat(pages.get(i).nanos() - pages.get(i - 1).nanos()).as("gap before request %d", i)
                    .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(950));
        }
    }

    @Test
    void anUnreadableRobotsTxtDisallowsTheHostAndAMissingOneAllowsIt() throws Exception {
        open();
        site.route("/robots.txt", HttpFixture.status(500)).route("/news/1", HttpFixture.body("text/html", PAGE));
        FetchResult.Failed offLimits = failed(get("/news/1"));
        assertThat(offLimits.reason()).startsWith("robots.txt unavailable: http://127.0.0.1:" + site.port()
                + " is off limits");
        assertThat(offLimits.kind()).as("it may pass").isEqualTo(FetchResult.Kind.TRANSIENT);
        assertThat(site.requests("/news/1")).isEmpty();
        try (HttpFixture other = HttpFixture.start()) {
            other.route("/news/1", HttpFixture.body("text/html", PAGE));
            assertThat(fetcher.fetch(other.url("/news/1"), FetchResult.Validators.NONE, soon()))
                    .isInstanceOf(FetchResult.Fetched.class);
        }
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedBeforeAnyConnection() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        AddressGuard guard = new AddressGuard(host -> switch (host) {
            case "news.test" -> new InetAddress[] {loopback};
            case "intranet.test" -> new InetAddress[] {InetAddress.getByName("10.0.0.5")};
            case "metadata.test" -> new InetAddress[] {InetAddress.getByName("fe80::a9fe:a9fe")};
            default -> throw new UnknownHostException(host);
        }, false, Set.of(loopback));
        fetcher = new PoliteFetcher(config(Duration.ofSeconds(2), 64 * 1024, Duration.ZERO, false), "test", guard);
        int port = site.port();
        site.route("/go", HttpFixture.redirect("http://intranet.test:" + port + "/secret"))
                .route("/go6", HttpFixture.redirect("http://metadata.test:" + port + "/latest"))
                .route("/secret", HttpFixture.body("text/plain", "internal"));
        FetchResult.Failed refused = failed(fetcher.fetch("http://news.test:" + port + "/go", FetchResult.Validators.NONE,
                soon()));
        assertThat(refused.reason()).startsWith("refused address: intranet.test resolves to 10.0.0.5 (private network"
                + " 10.0.0.0/8)");
        assertThat(refused.kind()).isEqualTo(FetchResult.Kind.PERMANENT);
        assertThat(failed(fetcher.fetch("http://news.test:" + port + "/go6", FetchResult.Validators.NONE, soon()))
                .reason()).startsWith("refused address: metadata.test resolves to fe80:0:0:0:0:0:a9fe:a9fe (link-local");
        // only news.test was ever reached: every request the fixture saw names it
        assertThat(site.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.header("Host")).startsWith("news.test:"));
        assertThat(site.requests("/secret")).isEmpty();
    }

    @Test
    void aLiteralPrivateAddressIsRefusedWithoutAllowPrivate() throws Exception {
        fetcher = new PoliteFetcher(config(Duration.ofSeconds(2), 64 * 1024, Duration.ZERO, false), "test");
        site.route("/news/1", HttpFixture.body("text/html", PAGE));
        FetchResult.Failed f = failed(get("/news/1"));
        assertThat(f.reason()).startsWith("refused address: 127.0.0.1 resolves to 127.0.0.1 (loopback 127.0.0.0/8)");
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void aNameThatRebindsToAPrivateAddressIsRefusedOnTheNextConnection() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        int[] lookups = {0};
        AddressGuard guard = new AddressGuard(host -> new InetAddress[] {lookups[0]++ == 0 ? loopback
                : InetAddress.getByName("192.168.1.1")}, false, Set.of(loopback));
        fetcher = new PoliteFetcher(config(Duration.ofSeconds(2), 64 * 1024, Duration.ZERO, false), "test", guard);
        HttpFixture.Handler closing = (exchange, fixture) -> {
            exchange.getResponseHeaders().set("Connection", "close");
            HttpFixture.respond(exchange, 404, "text/plain", new byte[0]);
        };
        site.route("/robots.txt", closing).route("/news/1", HttpFixture.body("text/html", PAGE));
        FetchResult.Failed f = failed(fetcher.fetch("http://rebind.test:" + site.port() + "/news/1",
                FetchResult.Validators.NONE, soon()));
        assertThat(lookups[0]).isEqualTo(2);
        assertThat(f.reason()).startsWith("refused address: rebind.test resolves to 192.168.1.1");
        assertThat(site.requests("/news/1")).isEmpty();
    }

    @Test
    void aHostBusyUntilPastTheDeadlineIsDeferredNotFetched() throws Exception {
        fetcher = new PoliteFetcher(config(Duration.ofSeconds(2), 64 * 1024, Duration.ofSeconds(5), true), "test");
        site.route("/news/1", HttpFixture.body("text/html", PAGE)).route("/news/2", HttpFixture.body("text/html", PAGE));
        assertThat(get("/news/1")).isInstanceOf(FetchResult.Fetched.class);
        FetchResult.Failed deferred = failed(fetcher.fetch(site.url("/news/2"), FetchResult.Validators.NONE,
                System.nanoTime() + TimeUnit.SECONDS.toNanos(1)));
        assertThat(deferred.kind()).isEqualTo(FetchResult.Kind.DEFERRED);
        assertThat(site.requests("/news/2")).isEmpty();
    }
}
