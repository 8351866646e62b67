package org.attache.extract.fetch;

import java.time.Duration;

/**
 * Why a fetch gave no body; internal to the fetcher, which turns it into a {@link FetchResult.Failed}. Carries no
 * stack trace: an expected outcome on the web, not a bug.
 */
final class FetchFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final FetchResult.Kind kind;
    private final transient Duration retryAfter;

    FetchFailure(FetchResult.Kind kind, String reason) {
        this(kind, reason, null);
    }

    FetchFailure(FetchResult.Kind kind, String reason, Duration retryAfter) {
        super(reason, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    FetchResult.Kind kind() {
        return kind;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
