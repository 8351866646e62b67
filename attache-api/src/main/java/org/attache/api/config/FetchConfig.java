package org.attache.api.config;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the fetcher of live sources behaves on the web: who it says it is, how long it waits, how much it
 * reads, and how hard it presses one host.
 *
 * @param contact         a URL (https or mailto) where site owners can reach whoever runs this fetcher; it
 *                        goes into the User-Agent. Required: a crawler that cannot be contacted is not polite
 * @param connectTimeout  longest wait for a TCP (and TLS) connection
 * @param timeout         longest time one request may take from sending to the last byte of the body; a slower
 *                        (or endless) response is abandoned
 * @param maxBytes        a response body larger than this, after decompression, is abandoned
 * @param maxRedirects    redirects followed at most per request
 * @param hostInterval    least time between the starts of two requests to one host; a longer robots.txt
 *                        {@code Crawl-delay} wins
 * @param hostConnections requests in flight at once to one host at most
 * @param connections     requests in flight at once in all
 * @param allowPrivate    when false (the default), private, loopback, link-local, multicast and other
 *                        non-public addresses are refused after DNS resolution and on every redirect hop
 */
public record FetchConfig(String contact, Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects,
                          Duration hostInterval, int hostConnections, int connections, boolean allowPrivate) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BYTES = SourceConfig.DEFAULT_MAX_PAGE_BYTES;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final Duration DEFAULT_HOST_INTERVAL = Duration.ofSeconds(2);
    public static final int DEFAULT_HOST_CONNECTIONS = 1;
    public static final int DEFAULT_CONNECTIONS = 8;

    public FetchConfig {
        contact = checkContact(contact);
        positive(connectTimeout, "connectTimeout");
        positive(timeout, "timeout");
        Objects.requireNonNull(hostInterval, "hostInterval");
        if (hostInterval.isNegative()) {
            throw new IllegalArgumentException("hostInterval must not be negative, was " + hostInterval);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be in 0..20, was " + maxRedirects);
        }
        if (hostConnections < 1 || hostConnections > 16) {
            throw new IllegalArgumentException("hostConnections must be in 1..16, was " + hostConnections);
        }
        if (connections < 1 || connections > 256) {
            throw new IllegalArgumentException("connections must be in 1..256, was " + connections);
        }
    }

    /** The defaults, with the user's contact URL. */
    public static FetchConfig defaults(String contact) {
        return new FetchConfig(contact, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES,
                DEFAULT_MAX_REDIRECTS, DEFAULT_HOST_INTERVAL, DEFAULT_HOST_CONNECTIONS, DEFAULT_CONNECTIONS, false);
    }

    /** This configuration with {@code allowPrivate} set. */
    public FetchConfig withAllowPrivate(boolean allow) {
        return new FetchConfig(contact, connectTimeout, timeout, maxBytes, maxRedirects, hostInterval,
                hostConnections, connections, allow);
    }

    private static String checkContact(String contact) {
        if (contact == null || contact.isBlank()) {
            throw new IllegalArgumentException("contact is required: a URL (https:// or mailto:) where site owners"
                    + " can reach you; it goes into the User-Agent");
        }
        String c = contact.strip();
        URI uri;
        try {
            uri = URI.create(c);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("contact is not a URL: " + c);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean web = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        boolean mail = scheme.equals("mailto") && uri.getSchemeSpecificPart().contains("@");
        if (!web && !mail) {
            throw new IllegalArgumentException("contact must be an http(s):// or mailto: URL, was " + c);
        }
        if (c.chars().anyMatch(ch -> ch < 0x21 || ch > 0x7e || ch == '(' || ch == ')')) {
            throw new IllegalArgumentException("contact must be plain ASCII without spaces or parentheses"
                    + " (it goes into an HTTP header), was " + c);
        }
        return c;
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
