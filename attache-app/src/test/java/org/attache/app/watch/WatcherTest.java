package org.attache.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.FetchConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.api.config.WatchConfig;
import org.attache.api.config.WatchSource;
import org.attache.extract.fetch.AddressGuard;
import org.attache.extract.fetch.PoliteFetcher;
import org.attache.store.ArticleStore;
import org.attache.store.watch.WatchState;
import org.attache.testkit.HttpFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher in process, with a fake resolver: the test site is {@code news.test} (127.0.0.1, the one address the
 * guard lets through), and feed items point at names that resolve to private or link-local addresses, which must
 * be refused with their reason, without any connection to them.
 */
class WatcherTest {
    @TempDir
    Path data;

    private HttpFixture site;
    private PoliteFetcher fetcher;
    private ArticleStore store;

    @BeforeEach
    void start() throws Exception {
        site = HttpFixture.start();
    }

    @AfterEach
    void stop() {
        if (fetcher != null) {
            fetcher.close();
        }
        if (store != null) {
            store.close();
        }
        site.close();
    }

    private Watcher watcher(List<WatchSource> sources, int maxAttempts) throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        AddressGuard guard = new AddressGuard(host -> switch (host) {
            case "news.test" -> new InetAddress[] {loopback};
            case "intranet.test" -> new InetAddress[] {InetAddress.getByName("10.20.30.40")};
            case "metadata.test" -> new InetAddress[] {InetAddress.getByName("169.254.169.254")};
            case "v6.test" -> new InetAddress[] {InetAddress.getByName("fd00::1")};
            default -> {
                if (host.contains(":")) {
                    yield InetAddress.getAllByName(host); // an IPv6 literal: parsed, not looked up
                }
                throw new UnknownHostException(host);
            }
        }, false, Set.of(loopback));
        FetchConfig fetch = new FetchConfig("https://example.org/contact", Duration.ofSeconds(2), Duration.ofSeconds(2),
                100_000, 3, Duration.ZERO, 1, 4, false);
        fetcher = new PoliteFetcher(fetch, "test", guard);
        WatchConfig config = new WatchConfig(fetch, 0.1, Duration.ofHours(1), 100, maxAttempts, Duration.ofMinutes(1),
                sources);
        StoreConfig storeConfig = new StoreConfig(data, 4, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE);
        store = ArticleStore.open(storeConfig);
        return new Watcher(config, new AttacheConfig(SourceConfig.DEFAULTS, storeConfig, 1, false), store, null,
                fetcher, Clock.systemUTC(), new Random(7));
    }

    private String at(String path) {
        return "http://news.test:" + site.port() + path;
    }

    @Test
    void itemsOnPrivateAddressesAreRefusedWithAClearReasonAndNeverReached() throws Exception {
        int port = site.port();
        site.route("/news/ok.html", NewsSite.page("A public story", 11, null))
                .route("/news/moved.html", HttpFixture.redirect("http://intranet.test:" + port + "/admin"))
                .route("/feed.xml", NewsSite.document("application/rss+xml", NewsSite.rss2(
                        at("/news/ok.html"), "ok",
                        "http://intranet.test:" + port + "/news/inside.html", "private",
                        "http://metadata.test:" + port + "/latest/meta-data/", "link-local",
                        "http://v6.test:" + port + "/x.html", "unique-local v6",
                        "http://[::ffff:10.0.0.7]:" + port + "/y.html", "mapped",
                        at("/news/moved.html"), "redirected")));
        Watcher watcher = watcher(List.of(new WatchSource("wire", WatchSource.Kind.FEED, at("/feed.xml"), "Wire",
                Duration.ofMinutes(5))), 3);
        RoundReport report = watcher.round(true, r -> { });
        assertThat(report.ingest().stored()).isEqualTo(1);
        assertThat(report.ingest().skipped()).containsEntry("refused address", 5L);
        assertThat(report.ingest().skipExamples()).anySatisfy(e -> assertThat(e).contains(
                "refused address: intranet.test resolves to 10.20.30.40 (private network 10.0.0.0/8)"))
                .anySatisfy(e -> assertThat(e).contains("metadata.test resolves to 169.254.169.254 (link-local"))
                .anySatisfy(e -> assertThat(e).contains("v6.test resolves to fd00:0:0:0:0:0:0:1 (unique-local"))
                .anySatisfy(e -> assertThat(e).contains("resolves to 10.0.0.7 (private network"));
        // refusals are final: nothing is left to retry, and the fixture saw only news.test
        assertThat(store.watch().stats().skipped()).isEqualTo(5);
        assertThat(store.watch().stats().pending()).isZero();
        assertThat(site.requests()).allSatisfy(r -> assertThat(r.header("Host")).startsWith("news.test:"));
        assertThat(site.requests("/admin")).isEmpty();
    }

    @Test
    void aFailingSourceBacksOffAndARecoveredOneReturnsToItsInterval() throws Exception {
        site.route("/feed.xml", HttpFixture.status(503));
        Watcher watcher = watcher(List.of(new WatchSource("wire", WatchSource.Kind.FEED, at("/feed.xml"), null,
                Duration.ofMinutes(10))), 3);
        RoundReport first = watcher.round(true, r -> { });
        assertThat(first.sourceFailures()).containsEntry("wire", "HTTP 503");
        WatchState.SourceState s1 = store.watch().source("wire").orElseThrow();
        assertThat(s1.failures()).isEqualTo(1);
        assertThat(Duration.between(s1.lastPoll(), s1.nextPoll())).isBetween(Duration.ofMinutes(17),
                Duration.ofMinutes(23)); // 2 × 10 min, ±10 %
        watcher.round(true, r -> { });
        WatchState.SourceState s2 = store.watch().source("wire").orElseThrow();
        assertThat(s2.failures()).isEqualTo(2);
        assertThat(Duration.between(s2.lastPoll(), s2.nextPoll())).isBetween(Duration.ofMinutes(35),
                Duration.ofMinutes(45));
        // a round that is not --once leaves a source alone until it is due
        site.clearRequests();
        RoundReport notDue = watcher.round(false, r -> { });
        assertThat(notDue.polled()).isZero();
        assertThat(site.requests("/feed.xml")).isEmpty();

        site.route("/feed.xml", NewsSite.document("application/rss+xml", NewsSite.rss2(at("/news/ok.html"), "ok")))
                .route("/news/ok.html", NewsSite.page("Back again", 12, null));
        RoundReport back = watcher.round(true, r -> { });
        assertThat(back.ingest().stored()).isEqualTo(1);
        WatchState.SourceState s3 = store.watch().source("wire").orElseThrow();
        assertThat(s3.failures()).isZero();
        assertThat(Duration.between(s3.lastPoll(), s3.nextPoll())).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
        assertThat(store.watch().stats().hostErrors()).containsEntry("news.test:" + site.port(), 2L);
    }
}
