package org.attache.extract.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Per-host manners: at most {@code perHost} requests in flight to one host, and the starts of two requests to it
 * at least an interval apart (the configured one, or the host's robots.txt crawl-delay when that is longer). A
 * host is a name and port. Thread-safe.
 */
final class HostLimiter {
    private final int perHost;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final Semaphore inFlight;
        long nextStart; // System.nanoTime() before which no request may start; guarded by this

        Host(int perHost) {
            inFlight = new Semaphore(perHost, true);
        }
    }

    /** A slot to send one request; close it when the response is read. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    HostLimiter(int perHost) {
        this.perHost = perHost;
    }

    /**
     * Waits for a slot on {@code host}.
     *
     * @param interval  least time since the previous start on this host
     * @param deadline  {@link System#nanoTime()} after which the request may not start
     * @return the slot, or null when none comes before {@code deadline} (nothing is taken then)
     */
    Slot acquire(String host, Duration interval, long deadline) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host(perHost));
        long wait = deadline - System.nanoTime();
        if (wait <= 0 || !h.inFlight.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
            return null;
        }
        boolean granted = false;
        try {
            long start;
            synchronized (h) {
                long now = System.nanoTime();
                start = Math.max(now, h.nextStart);
                if (start > deadline) {
                    return null;
                }
                h.nextStart = start + interval.toNanos();
            }
            long sleep = start - System.nanoTime();
            if (sleep > 0) {
                TimeUnit.NANOSECONDS.sleep(sleep);
            }
            granted = true;
            return h.inFlight::release;
        } finally {
            if (!granted) {
                h.inFlight.release();
            }
        }
    }

    /** Keeps {@code host} idle for {@code pause} from now (a server's {@code Retry-After}). */
    void pause(String host, Duration pause) {
        Host h = hosts.computeIfAbsent(host, k -> new Host(perHost));
        synchronized (h) {
            h.nextStart = Math.max(h.nextStart, System.nanoTime() + pause.toNanos());
        }
    }
}
