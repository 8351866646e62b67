package org.attache.api.config;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One outlet's live source that {@code attache watch} polls.
 *
 * @param name   the source's name, unique in the file; the state kept in the store is keyed by it
 * @param kind   what the document at {@code url} is
 * @param url    the feed's, sitemap's or URL list's address (http or https)
 * @param outlet the outlet its articles are stored under, or null to let each page say
 * @param every  how often to poll it (jitter is added, and back-off after errors)
 */
public record WatchSource(String name, Kind kind, String url, String outlet, Duration every) {
    /** Least polling interval: anything faster is not polite to a news site. */
    public static final Duration MIN_EVERY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);

    /** What a source's document is. */
    public enum Kind {
        /** RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom 1.0. */
        FEED,
        /** A sitemap (news or plain) or a sitemap index. */
        SITEMAP,
        /** Plain text, one URL per line; blank lines and lines starting with {@code #} are ignored. */
        URLS;

        /** The name as written in a sources file: {@code feed}, {@code sitemap}, {@code urls}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public WatchSource {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a source needs a name");
        }
        name = name.strip();
        Objects.requireNonNull(kind, "kind");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("source '" + name + "' needs a url");
        }
        url = url.strip();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source '" + name + "': url is not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("source '" + name + "': url must be an http:// or https:// URL, was "
                    + url);
        }
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        every = every == null ? DEFAULT_EVERY : every;
        if (every.compareTo(MIN_EVERY) < 0) {
            throw new IllegalArgumentException("source '" + name + "': every must be at least " + MIN_EVERY.toSeconds()
                    + " s, was " + every);
        }
    }
}
