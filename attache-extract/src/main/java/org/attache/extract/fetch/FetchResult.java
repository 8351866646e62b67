package org.attache.extract.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What one fetch gave: a body, "not modified" (conditional GET), or a failure with its reason. */
public sealed interface FetchResult {
    /** The URL that was asked for. */
    String url();

    /** How a failure should be treated. */
    enum Kind {
        /** May pass: a timeout, a refused connection, HTTP 429 or 5xx. Worth another try later. */
        TRANSIENT,
        /** Will not change by trying again soon: robots.txt, a refused address, too large, a redirect loop, 4xx. */
        PERMANENT,
        /** Not tried: the host's rate limit (or crawl-delay) leaves no slot before the round's deadline. */
        DEFERRED
    }

    /**
     * A body, decoded from its content encoding (not from its charset).
     *
     * @param url          the URL asked for
     * @param finalUrl     where the body came from, after redirects
     * @param status       the HTTP status (2xx)
     * @param contentType  the media type without parameters, lower case, or null when the server sent none
     * @param charset      the {@code charset} parameter of the {@code Content-Type}, or null
     * @param body         the bytes
     * @param validators   what to send next time for a conditional GET
     * @param fetchedAt    when the response ended
     */
    record Fetched(String url, String finalUrl, int status, String contentType, String charset, byte[] body,
                   Validators validators, Instant fetchedAt) implements FetchResult {
        public Fetched {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(finalUrl, "finalUrl");
            Objects.requireNonNull(body, "body");
            validators = validators == null ? Validators.NONE : validators;
        }
    }

    /** HTTP 304: the document is unchanged since the validators were given. */
    record NotModified(String url) implements FetchResult {
    }

    /**
     * No body.
     *
     * @param reason     a short reason; the text before its first colon names the kind of failure ("timeout",
     *                   "HTTP 503", "disallowed by robots.txt")
     * @param retryAfter how long the server asked to wait (HTTP {@code Retry-After}), or null
     * @param host       the host (name and port) that failed, for per-host error counts; null when no host was
     *                   asked (a malformed URL)
     */
    record Failed(String url, Kind kind, String reason, Duration retryAfter, String host) implements FetchResult {
        public Failed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * What a conditional GET sends back: the {@code ETag} and {@code Last-Modified} of the last response.
     *
     * @param etag         the entity tag as the server sent it, or null
     * @param lastModified the HTTP date as the server sent it, or null
     */
    record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);

        public boolean isEmpty() {
            return etag == null && lastModified == null;
        }
    }
}
