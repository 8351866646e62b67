package org.attache.extract.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robots.txt rules of each host (scheme, name and port), fetched once and kept for a day (an hour when the
 * fetch failed), parsed by crawler-commons for the fetcher's product token. As RFC 9309 says: a robots.txt that is
 * missing (4xx) allows everything; one that cannot be read (5xx, 429, timeout, no connection) disallows
 * everything until it can. A {@code Crawl-delay} longer than the limit crawler-commons applies (five minutes)
 * disallows the host. Thread-safe; concurrent asks for one host wait for one fetch.
 */
final class RobotsCache {
    private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);
    static final Duration KEEP = Duration.ofHours(24);
    static final Duration KEEP_FAILED = Duration.ofHours(1);
    /** robots.txt files are small; Google reads the first 500 KiB. */
    static final long MAX_BYTES = 500 * 1024;

    /** What fetching a robots.txt gave. */
    record Response(int status, byte[] body, String contentType) {
        /** No response at all (timeout, connection refused): treated as a server error. */
        static final Response UNREACHABLE = new Response(503, new byte[0], null);
    }

    /** Fetches a robots.txt, following redirects. */
    @FunctionalInterface
    interface Loader {
        Response load(URI robotsUrl) throws InterruptedException;
    }

    /**
     * The rules of one host and the delay they ask for.
     *
     * @param unavailable true when the robots.txt could not be read (5xx, 429, no answer): everything is disallowed
     *                    for now, which may pass
     */
    record Rules(BaseRobotRules rules, Duration crawlDelay, long expiresNanos, boolean unavailable) {
        boolean allowed(String url) {
            return rules.isAllowed(url);
        }
    }

    private final Loader loader;
    private final String agent;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentHashMap<String, CompletableFuture<Rules>> byOrigin = new ConcurrentHashMap<>();

    /** @param agent the product token rules are matched for, e.g. {@code attache} */
    RobotsCache(Loader loader, String agent) {
        this.loader = loader;
        this.agent = agent.toLowerCase(Locale.ROOT);
    }

    /** The rules that apply to {@code url}, fetching its host's robots.txt when not known (or expired). */
    Rules rulesFor(URI url) throws InterruptedException {
        String origin = origin(url);
        while (true) {
            CompletableFuture<Rules> mine = new CompletableFuture<>();
            CompletableFuture<Rules> known = byOrigin.putIfAbsent(origin, mine);
            if (known == null) {
                try {
                    Rules rules = load(origin);
                    mine.complete(rules);
                    return rules;
                } catch (InterruptedException | RuntimeException e) {
                    byOrigin.remove(origin, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
            Rules rules;
            try {
                rules = known.get();
            } catch (ExecutionException e) {
                continue; // the loading thread was interrupted or failed: try ourselves
            }
            if (System.nanoTime() - rules.expiresNanos() < 0) {
                return rules;
            }
            byOrigin.remove(origin, known);
        }
    }

    private Rules load(String origin) throws InterruptedException {
        String robotsUrl = origin + "/robots.txt";
        Response r = loader.load(URI.create(robotsUrl));
        BaseRobotRules rules;
        Duration keep = KEEP;
        boolean unavailable = false;
        if (r.status() >= 200 && r.status() < 300) {
            rules = parser.parseContent(robotsUrl, r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                    List.of(agent));
        } else {
            // 4xx: no rules, everything allowed; 5xx (and 429, and no answer): everything disallowed for now
            rules = parser.failedFetch(r.status() == 429 ? 503 : r.status());
            if (r.status() >= 500 || r.status() == 429) {
                keep = KEEP_FAILED;
                unavailable = true;
            }
        }
        long delay = rules.getCrawlDelay();
        Duration crawlDelay = delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0 ? Duration.ZERO
                : Duration.ofMillis(delay);
        LOG.info("robots origin={} status={} allow_all={} allow_none={} crawl_delay_ms={}", origin, r.status(),
                rules.isAllowAll(), rules.isAllowNone(), crawlDelay.toMillis());
        return new Rules(rules, crawlDelay, System.nanoTime() + keep.toNanos(), unavailable);
    }

    /** {@code scheme://host:port} of {@code url}, lower case. */
    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
