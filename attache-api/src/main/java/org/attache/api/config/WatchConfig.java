package org.attache.api.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code attache watch} follows and how: the fetcher's manners, the schedule's jitter and back-off, and
 * the sources. Read from a sources file (SOURCES.toml).
 *
 * @param fetch           how pages, feeds and robots.txt are fetched
 * @param jitter          each source's next poll moves by up to this fraction of its interval, either way, so that
 *                        sources configured alike do not poll in lockstep (0 to 0.5)
 * @param maxBackoff      longest delay after repeated errors of a source (its interval doubles per error up to this)
 * @param maxPagesPerRound article pages fetched at most per round; the rest wait for the next round
 * @param maxAttempts     tries of one article page that fails for a passing reason (timeout, 5xx, 429) before it is
 *                        given up
 * @param roundTimeLimit  a round stops starting fetches after this long; what is left waits for the next round
 * @param sources         the sources, each with a unique name
 */
public record WatchConfig(FetchConfig fetch, double jitter, Duration maxBackoff, int maxPagesPerRound, int maxAttempts,
                          Duration roundTimeLimit, List<WatchSource> sources) {
    public static final double DEFAULT_JITTER = 0.1;
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofHours(6);
    public static final int DEFAULT_MAX_PAGES_PER_ROUND = 500;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_ROUND_TIME_LIMIT = Duration.ofMinutes(10);

    public WatchConfig {
        Objects.requireNonNull(fetch, "fetch");
        if (!(jitter >= 0 && jitter <= 0.5)) {
            throw new IllegalArgumentException("jitter must be in 0..0.5, was " + jitter);
        }
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(roundTimeLimit, "roundTimeLimit");
        if (maxBackoff.isNegative() || maxBackoff.isZero() || roundTimeLimit.isNegative() || roundTimeLimit.isZero()) {
            throw new IllegalArgumentException("maxBackoff and roundTimeLimit must be positive");
        }
        if (maxPagesPerRound < 1) {
            throw new IllegalArgumentException("maxPagesPerRound must be at least 1, was " + maxPagesPerRound);
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("maxAttempts must be in 1..100, was " + maxAttempts);
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source to watch: add at least one [[source]]");
        }
        Set<String> names = new HashSet<>();
        for (WatchSource s : sources) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two sources are named '" + s.name() + "'");
            }
        }
    }

    /** This configuration with the fetcher's {@code allowPrivate} set. */
    public WatchConfig withAllowPrivate(boolean allow) {
        return new WatchConfig(fetch.withAllowPrivate(allow), jitter, maxBackoff, maxPagesPerRound, maxAttempts,
                roundTimeLimit, sources);
    }
}
