package org.attache.app.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Jitter spreads sources out within its bounds; back-off doubles per failure up to its cap; Retry-After wins. */
class ScheduleTest {
    private static final Instant NOW = Instant.parse("2025-03-12T08:00:00Z");
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final Duration CAP = Duration.ofHours(2);

    private static Duration delay(int failures, double jitter, Duration retryAfter, Random random) {
        return Duration.between(NOW, Schedule.next(NOW, EVERY, failures, jitter, CAP, retryAfter, random));
    }

    @Test
    void jitterStaysWithinItsFractionAndSpreads() {
        Random random = new Random(1);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Duration d = delay(0, 0.1, null, random);
            assertThat(d).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
            seen.add(d.toSeconds());
        }
        assertThat(seen).hasSizeGreaterThan(100);
        assertThat(delay(0, 0, null, random)).isEqualTo(EVERY);
    }

    @Test
    void backOffDoublesUpToTheCap() {
        Random random = new Random(2);
        assertThat(delay(1, 0, null, random)).isEqualTo(Duration.ofMinutes(20));
        assertThat(delay(2, 0, null, random)).isEqualTo(Duration.ofMinutes(40));
        assertThat(delay(3, 0, null, random)).isEqualTo(Duration.ofMinutes(80));
        assertThat(delay(4, 0, null, random)).isEqualTo(CAP);
        assertThat(delay(60, 0, null, random)).isEqualTo(CAP);
        // a cap below the interval never polls faster than the interval
        assertThat(Duration.between(NOW, Schedule.next(NOW, Duration.ofHours(3), 2, 0, CAP, null, random)))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void aServersRetryAfterIsHonoured() {
        assertThat(delay(1, 0.1, Duration.ofHours(1), new Random(3))).isEqualTo(Duration.ofHours(1));
        assertThat(delay(1, 0, Duration.ofMinutes(1), new Random(3))).isEqualTo(Duration.ofMinutes(20));
    }
}
