package org.attache.app.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker pool of an ingest, with a time budget per page: a page's task that runs longer than the budget is
 * cancelled (its future then throws {@link java.util.concurrent.CancellationException}, which the pipeline
 * counts as "over time budget") and its thread interrupted, which the extraction and annotation stages check
 * between their steps. A worker that keeps running anyway is replaced by a new one until it returns, so a page
 * that ignores the interrupt costs CPU but never stalls the run: the other pages go on at full width. At most
 * as many replacements as workers are made at once.
 */
final class PageWatchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PageWatchdog.class);
    /** How long a cancelled task may take to notice its interrupt before its worker is replaced. */
    private static final long GRACE_MILLIS = 1000;

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    private final long budgetNanos;
    private final int workers;
    private int replaced; // guarded by this

    PageWatchdog(int workers, Duration budget) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        this.workers = workers;
        this.budgetNanos = Objects.requireNonNull(budget, "budget").toNanos();
        this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("attache-extract-", 1).daemon().factory());
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("attache-watchdog").daemon().factory());
    }

    /** Runs {@code work} on a worker; its budget starts when a worker picks it up. */
    <T> Future<T> submit(Callable<T> work) {
        Timed<T> task = new Timed<>(work);
        pool.execute(task);
        return task;
    }

    /** Workers currently replaced because their page ignored its interrupt. */
    synchronized int replaced() {
        return replaced;
    }

    private synchronized boolean grow() {
        if (replaced >= workers) {
            return false;
        }
        replaced++;
        pool.setMaximumPoolSize(workers + replaced);
        pool.setCorePoolSize(workers + replaced);
        return true;
    }

    private synchronized void shrink() {
        replaced--;
        pool.setCorePoolSize(workers + replaced);
        pool.setMaximumPoolSize(workers + replaced);
    }

    /** A page's task with its alarm. */
    private final class Timed<T> extends FutureTask<T> {
        private volatile boolean returned;
        private boolean grew; // guarded by PageWatchdog.this

        Timed(Callable<T> work) {
            super(work);
        }

        @Override
        public void run() {
            ScheduledFuture<?> alarm = timer.schedule(this::expire, budgetNanos, TimeUnit.NANOSECONDS);
            try {
                super.run();
            } finally {
                alarm.cancel(false);
                returned = true;
                synchronized (PageWatchdog.this) {
                    if (grew) {
                        shrink();
                        LOG.info("A page that ran over its time budget returned after all; its worker is back");
                    }
                }
            }
        }

        private void expire() {
            if (cancel(true)) {
                timer.schedule(this::replaceIfStuck, GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        }

        private void replaceIfStuck() {
            synchronized (PageWatchdog.this) {
                if (!returned && grow()) {
                    grew = true;
                    LOG.warn("A page ignored its time budget's interrupt; its worker is replaced until it returns");
                }
            }
        }
    }

    /** Stops the workers (interrupting running pages) and the timer. */
    @Override
    public void close() {
        pool.shutdownNow();
        timer.shutdownNow();
    }
}
