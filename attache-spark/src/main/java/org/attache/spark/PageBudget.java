package org.attache.spark;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.attache.api.SourceItem;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page's time budget on an executor, as {@code ingest}'s watchdog gives it ({@code --page-time-budget}): when a
 * page's analysis runs longer, its task thread is interrupted, which extraction and annotation check between their
 * steps, and the page becomes an "over time budget" skip instead of holding its partition. A page that ignores the
 * interrupt still holds its task until it returns (Spark has no spare thread to put in its place, unlike
 * {@code ingest}'s pool). One timer thread per executor JVM.
 */
final class PageBudget {
    private static final Logger LOG = LoggerFactory.getLogger(PageBudget.class);
    /** The skip reason, the same as {@code ingest}'s. */
    static final String OVER_TIME_BUDGET = "over time budget";

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("attache-page-budget").daemon().factory());

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int EXPIRED = 2;

    private PageBudget() {
    }

    /**
     * The outcome of {@code work} on this thread, or an "over time budget" skip of {@code source} when it runs longer
     * than {@code millis}.
     */
    static Outcome<Analysed> within(long millis, String source, Supplier<Outcome<Analysed>> work) {
        Thread worker = Thread.currentThread();
        AtomicInteger state = new AtomicInteger(RUNNING);
        ScheduledFuture<?> alarm = TIMER.schedule(() -> {
            if (state.compareAndSet(RUNNING, EXPIRED)) {
                worker.interrupt();
            }
        }, millis, TimeUnit.MILLISECONDS);
        try {
            Outcome<Analysed> outcome = work.get();
            return state.get() == EXPIRED ? overBudget(source) : outcome;
        } catch (CancellationException e) {
            if (state.get() == EXPIRED) {
                return overBudget(source);
            }
            throw e;
        } finally {
            if (!state.compareAndSet(RUNNING, DONE)) {
                // the alarm fired: let its interrupt land, then clear it so the next page starts clean
                awaitQuietly(alarm);
                Thread.interrupted();
            } else {
                alarm.cancel(false);
            }
        }
    }

    private static Outcome<Analysed> overBudget(String source) {
        LOG.warn("Skipped {}: {}", source, OVER_TIME_BUDGET);
        return new Outcome.Skipped<>(new SourceItem.Skipped(source, 0, OVER_TIME_BUDGET));
    }

    private static void awaitQuietly(ScheduledFuture<?> alarm) {
        boolean interrupted = false;
        while (true) {
            try {
                alarm.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the alarm's own interrupt, arriving while we wait for it
            } catch (ExecutionException | CancellationException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.interrupted();
        }
    }
}
