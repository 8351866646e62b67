package org.attache.app.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When a source is due next: after its interval, doubled for each consecutive failed poll up to the maximum back-off
 * (never below the interval itself), and never before a server's {@code Retry-After}; then moved by up to
 * {@code jitter} of itself either way, so that sources set up alike spread out. Stateless.
 */
final class Schedule {
    private Schedule() {
    }

    /**
     * @param failures   consecutive failed polls, 0 after a success
     * @param retryAfter how long the server asked to wait, or null
     */
    static Instant next(Instant now, Duration every, int failures, double jitter, Duration maxBackoff,
                        Duration retryAfter, RandomGenerator random) {
        Duration base = every;
        if (failures > 0) {
            Duration cap = maxBackoff.compareTo(every) > 0 ? maxBackoff : every;
            base = every.multipliedBy(1L << Math.min(failures, 30));
            if (base.compareTo(cap) > 0 || base.isNegative()) {
                base = cap;
            }
        }
        double factor = 1 + (jitter == 0 ? 0 : random.nextDouble(-jitter, jitter));
        Duration delay = Duration.ofMillis(Math.max(1, Math.round(base.toMillis() * factor)));
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        return now.plus(delay);
    }
}
