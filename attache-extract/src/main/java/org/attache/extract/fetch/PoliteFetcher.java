package org.attache.extract.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.attache.api.config.FetchConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one URL politely and safely: robots.txt is obeyed for every hop (cached per host); requests to one host
 * keep its rate and concurrency limits (the longer of the configured interval and its crawl-delay); a conditional
 * GET is sent when validators are known; each response must end within the timeout and stay under the size cap
 * after decompression (gzip, deflate, brotli); redirects are followed by hand, at most the configured number,
 * loops refused; and every connection goes through the {@link AddressGuard}, so non-public addresses are refused
 * after DNS resolution, on every hop.
 *
 * <p>Built on Apache HttpClient 5 rather than the JDK's {@code java.net.http.HttpClient}: it lets the caller supply
 * name resolution ({@code DnsResolver}) and then connects to exactly the addresses returned. With the JDK client
 * an address can only be checked by a lookup of one's own, and the client's own second lookup could answer
 * differently (DNS rebinding); connecting to a checked IP literal instead breaks TLS name checks.
 *
 * <p>Never throws for what a server does: every outcome is a {@link FetchResult}. Thread-safe; close it to release
 * its connections.
 */
public final class PoliteFetcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);
    /** The product token of the User-Agent, and the name robots.txt rules are matched for. */
    public static final String PRODUCT = "Attache";
    /** Longest wait a server's {@code Retry-After} is honoured for within a run. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final FetchConfig config;
    private final String userAgent;
    private final CloseableHttpClient client;
    private final HostLimiter limiter;
    private final RobotsCache robots;
    private final ScheduledExecutorService timer;

    /** A fetcher resolving names with the system resolver, refusing non-public addresses unless the config allows. */
    public PoliteFetcher(FetchConfig config, String version) {
        this(config, version, AddressGuard.system(config.allowPrivate()));
    }

    /** A fetcher resolving names through {@code guard}. */
    public PoliteFetcher(FetchConfig config, String version, AddressGuard guard) {
        this.config = Objects.requireNonNull(config, "config");
        this.userAgent = PRODUCT + "/" + (version == null || version.isBlank() ? "dev" : version) + " (+"
                + config.contact() + ")";
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(guard)
                .setMaxConnTotal(config.connections())
                .setMaxConnPerRoute(config.hostConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(config.connectTimeout()))
                        .setSocketTimeout(Timeout.of(config.timeout()))
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setUserAgent(userAgent)
                .disableRedirectHandling()
                .disableContentCompression() // decoded here, under the size cap
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.timeout()))
                        .setConnectionRequestTimeout(Timeout.of(config.timeout()))
                        .build())
                .build();
        this.limiter = new HostLimiter(config.hostConnections());
        this.robots = new RobotsCache(this::loadRobots, PRODUCT);
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("attache-fetch-timer")
                .daemon().factory());
    }

    /** The User-Agent sent with every request: product, version and the user's contact URL. */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Fetches {@code url}.
     *
     * @param validators   the previous response's validators for a conditional GET, or {@link FetchResult.Validators#NONE}
     * @param startBy      {@link System#nanoTime()} after which no request may start: when the host's rate limit
     *                     leaves no slot before it, the result is {@link FetchResult.Kind#DEFERRED}
     */
    public FetchResult fetch(String url, FetchResult.Validators validators, long startBy) throws InterruptedException {
        URI current;
        try {
            current = httpUri(url);
        } catch (IllegalArgumentException e) {
            return new FetchResult.Failed(url, FetchResult.Kind.PERMANENT, "bad URL: " + e.getMessage(), null, null);
        }
        Set<String> visited = new HashSet<>();
        visited.add(current.toString());
        long started = System.nanoTime();
        for (int hop = 0; ; hop++) {
            String host = hostKey(current);
            try {
                RobotsCache.Rules rules = robots.rulesFor(current);
                if (!rules.allowed(current.toString())) {
                    throw rules.unavailable()
                            ? new FetchFailure(FetchResult.Kind.TRANSIENT, "robots.txt unavailable: "
                                    + RobotsCache.origin(current) + " is off limits until its robots.txt can be read")
                            : new FetchFailure(FetchResult.Kind.PERMANENT, "disallowed by robots.txt: " + current);
                }
                Duration interval = max(config.hostInterval(), rules.crawlDelay());
                Exchange exchange = exchangeInSlot(current, validators, interval, startBy, true);
                int status = exchange.status();
                if (status == 304) {
                    log(url, current, status, 0, started, "not_modified");
                    return new FetchResult.NotModified(url);
                }
                if (status >= 200 && status < 300) {
                    log(url, current, status, exchange.body().length, started, "fetched");
                    return new FetchResult.Fetched(url, current.toString(), status, exchange.mediaType(),
                            exchange.charset(), exchange.body(), exchange.validators(), Instant.now());
                }
                if (isRedirect(status)) {
                    if (exchange.location() == null) {
                        throw new FetchFailure(FetchResult.Kind.PERMANENT, "HTTP " + status + " without a Location");
                    }
                    if (hop >= config.maxRedirects()) {
                        throw new FetchFailure(FetchResult.Kind.PERMANENT, "too many redirects: more than "
                                + config.maxRedirects() + " from " + url);
                    }
                    URI next;
                    try {
                        next = httpUri(current.resolve(exchange.location().strip()).toString());
                    } catch (IllegalArgumentException e) {
                        throw new FetchFailure(FetchResult.Kind.PERMANENT, "bad redirect: " + e.getMessage());
                    }
                    if (!visited.add(next.toString())) {
                        throw new FetchFailure(FetchResult.Kind.PERMANENT, "redirect loop: " + next);
                    }
                    current = next;
                    continue;
                }
                throw statusFailure(status, exchange.retryAfter(), host);
            } catch (FetchFailure f) {
                log(url, current, -1, 0, started, f.getMessage());
                return new FetchResult.Failed(url, f.kind(), f.getMessage(), f.retryAfter(), host);
            }
        }
    }

    private FetchFailure statusFailure(int status, Duration retryAfter, String host) {
        if (retryAfter != null) {
            limiter.pause(host, min(retryAfter, MAX_RETRY_AFTER));
        }
        boolean passing = status == 408 || status == 425 || status == 429 || status >= 500;
        return new FetchFailure(passing ? FetchResult.Kind.TRANSIENT : FetchResult.Kind.PERMANENT, "HTTP " + status,
                retryAfter);
    }

    /** The response to one GET, its body read only when it is a 2xx. */
    private record Exchange(int status, byte[] body, String mediaType, String charset, String location,
                            FetchResult.Validators validators, Duration retryAfter) {
    }

    private Exchange exchangeInSlot(URI uri, FetchResult.Validators validators, Duration interval, long startBy,
                                    boolean readBody) throws FetchFailure, InterruptedException {
        HostLimiter.Slot slot = limiter.acquire(hostKey(uri), interval, startBy);
        if (slot == null) {
            throw new FetchFailure(FetchResult.Kind.DEFERRED, "deferred: no request slot on "
                    + hostKey(uri) + " before the round's deadline");
        }
        try (slot) {
            return exchange(uri, validators, config.maxBytes(), readBody);
        }
    }

    private Exchange exchange(URI uri, FetchResult.Validators validators, long maxBytes, boolean readBody)
            throws FetchFailure, InterruptedException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept-Encoding", ContentDecoding.ACCEPT_ENCODING);
        get.setHeader("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
                + " application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.5");
        if (validators != null && validators.etag() != null) {
            get.setHeader("If-None-Match", validators.etag());
        }
        if (validators != null && validators.lastModified() != null) {
            get.setHeader("If-Modified-Since", validators.lastModified());
        }
        AtomicBoolean overdue = new AtomicBoolean();
        ScheduledFuture<?> deadline = timer.schedule(() -> {
            overdue.set(true);
            get.cancel();
        }, config.timeout().toNanos(), TimeUnit.NANOSECONDS);
        ClassicHttpResponse response = null;
        boolean complete = false;
        RawStream raw = null;
        try {
            response = client.executeOpen(HttpHost.create(uri), get, null);
            int status = response.getCode();
            FetchResult.Validators next = new FetchResult.Validators(header(response, "ETag"),
                    header(response, "Last-Modified"));
            String location = header(response, "Location");
            Duration retryAfter = retryAfter(header(response, "Retry-After"));
            HttpEntity entity = response.getEntity();
            if (!readBody || status < 200 || status >= 300) {
                return new Exchange(status, null, null, null, location, next, retryAfter);
            }
            if (entity != null && entity.getContentLength() > maxBytes) {
                throw new FetchFailure(FetchResult.Kind.PERMANENT, "too large: Content-Length "
                        + entity.getContentLength() + " is over " + maxBytes + " bytes");
            }
            byte[] body = new byte[0];
            String mediaType = null;
            String charset = null;
            if (entity != null) {
                ContentType type = parseContentType(entity.getContentType());
                if (type != null) {
                    mediaType = type.getMimeType().toLowerCase(Locale.ROOT);
                    charset = type.getCharset() == null ? rawCharset(entity.getContentType()) : type.getCharset().name();
                }
                raw = new RawStream(entity.getContent());
                InputStream decoded = ContentDecoding.decode(raw, entity.getContentEncoding());
                body = ContentDecoding.readCapped(decoded, maxBytes, overdue::get);
            }
            complete = true;
            return new Exchange(status, body, mediaType, charset, location, next, retryAfter);
        } catch (RefusedAddressException e) {
            throw new FetchFailure(FetchResult.Kind.PERMANENT, "refused address: " + e.getMessage());
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("fetch of " + uri + " interrupted");
            }
            throw ioFailure(e, overdue.get(), raw);
        } finally {
            deadline.cancel(false);
            if (!complete) {
                get.cancel(); // drop the connection: closing would drain what is left of an endless body
            }
            if (response != null) {
                if (response instanceof org.apache.hc.core5.io.ModalCloseable modal && !complete) {
                    modal.close(CloseMode.IMMEDIATE);
                } else {
                    try {
                        response.close();
                    } catch (IOException ignored) {
                        // the body was read or the connection dropped; nothing to keep
                    }
                }
            }
        }
    }

    private FetchFailure ioFailure(IOException e, boolean overdue, RawStream raw) {
        String seconds = config.timeout().toMillis() % 1000 == 0 ? config.timeout().toSeconds() + " s"
                : config.timeout().toMillis() + " ms";
        if (overdue) {
            return new FetchFailure(FetchResult.Kind.TRANSIENT, "timeout: no complete response within " + seconds);
        }
        if (e instanceof ConnectTimeoutException) {
            return new FetchFailure(FetchResult.Kind.TRANSIENT, "timeout: no connection within "
                    + config.connectTimeout().toMillis() + " ms");
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new FetchFailure(FetchResult.Kind.TRANSIENT, "timeout: the server stopped sending for " + seconds);
        }
        if (raw != null && !raw.failed) {
            return new FetchFailure(FetchResult.Kind.PERMANENT, "bad content encoding: " + message(e));
        }
        if (e instanceof UnknownHostException) {
            return new FetchFailure(FetchResult.Kind.TRANSIENT, "unknown host: " + message(e));
        }
        if (e instanceof SSLException) {
            return new FetchFailure(FetchResult.Kind.TRANSIENT, "TLS failed: " + message(e));
        }
        if (e instanceof ConnectException) {
            return new FetchFailure(FetchResult.Kind.TRANSIENT, "connection failed: " + message(e));
        }
        return new FetchFailure(FetchResult.Kind.TRANSIENT, "connection failed: " + message(e));
    }

    /** Fetches a robots.txt for the cache: redirects followed (five at most), no robots rules of its own. */
    private RobotsCache.Response loadRobots(URI robotsUrl) throws InterruptedException {
        URI current = robotsUrl;
        Set<String> visited = new HashSet<>();
        for (int hop = 0; hop <= 5; hop++) {
            if (!visited.add(current.toString())) {
                return new RobotsCache.Response(404, new byte[0], null); // a loop: as if there were none
            }
            Exchange exchange;
            try {
                HostLimiter.Slot slot = limiter.acquire(hostKey(current), config.hostInterval(),
                        System.nanoTime() + config.timeout().toNanos());
                if (slot == null) {
                    return RobotsCache.Response.UNREACHABLE;
                }
                try (slot) {
                    exchange = exchange(current, FetchResult.Validators.NONE, RobotsCache.MAX_BYTES, true);
                }
            } catch (FetchFailure f) {
                if (f.getMessage().startsWith("too large")) {
                    return new RobotsCache.Response(404, new byte[0], null);
                }
                LOG.info("robots url={} failed={}", current, f.getMessage());
                return f.getMessage().startsWith("refused address") ? new RobotsCache.Response(404, new byte[0], null)
                        : RobotsCache.Response.UNREACHABLE;
            }
            if (isRedirect(exchange.status()) && exchange.location() != null) {
                try {
                    current = httpUri(current.resolve(exchange.location().strip()).toString());
                    continue;
                } catch (IllegalArgumentException e) {
                    return new RobotsCache.Response(404, new byte[0], null);
                }
            }
            return new RobotsCache.Response(exchange.status(), exchange.body() == null ? new byte[0] : exchange.body(),
                    exchange.mediaType());
        }
        return new RobotsCache.Response(404, new byte[0], null);
    }

    private void log(String url, URI at, int status, int bytes, long started, String outcome) {
        LOG.info("fetch url={} at={} status={} bytes={} ms={} outcome={}", url, at, status, bytes,
                (System.nanoTime() - started) / 1_000_000, outcome);
    }

    /** An http(s) URI with a host, or IllegalArgumentException saying what is wrong. */
    static URI httpUri(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty");
        }
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("no host in " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("credentials in " + url);
        }
        return uri.getRawFragment() == null ? uri : URI.create(uri.toString().substring(0, uri.toString().indexOf('#')));
    }

    /** The host a URL's requests count against: name and port. */
    public static String hostKey(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null || h.getValue() == null || h.getValue().isBlank() ? null : h.getValue().strip();
    }

    private static ContentType parseContentType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ContentType.parseLenient(value);
        } catch (RuntimeException e) {
            return null; // an unknown charset name: the media type alone
        }
    }

    /** The charset parameter as written, when Java does not know the name (the page decoder then ignores it). */
    private static String rawCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    /** A {@code Retry-After} of seconds or an HTTP date, or null. */
    static Duration retryAfter(String value) {
        if (value == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(Instant.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The raw (still encoded) body; remembers whether reading it failed, to tell network from decoding errors. */
    private static final class RawStream extends FilterInputStream {
        volatile boolean failed;

        RawStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            client.close(CloseMode.IMMEDIATE);
        } catch (RuntimeException e) {
            LOG.warn("Closing the HTTP client failed", e);
        }
    }
}
