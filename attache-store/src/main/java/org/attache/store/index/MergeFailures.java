package org.attache.store.index;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergeScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What went wrong in the index's background: merges that failed (a full disk, most often), caught in the merge
 * thread instead of escaping it as an uncaught exception with its stack trace on the terminal, logged once, and
 * counted for {@code stats}; and the writer's fatal error, if any. A failed merge loses nothing: its segments stay
 * as they were, and the next commit or merge tries again. Thread-safe.
 */
public final class MergeFailures {
    private static final Logger LOG = LoggerFactory.getLogger(MergeFailures.class);

    private final AtomicLong count = new AtomicLong();
    private final AtomicReference<String> first = new AtomicReference<>();
    private final AtomicReference<String> fatal = new AtomicReference<>();

    /** A merge scheduler that reports its failures here. */
    MergeScheduler scheduler() {
        return new ConcurrentMergeScheduler() {
            @Override
            protected void handleMergeException(Throwable exc) {
                failed(exc);
            }
        };
    }

    void failed(Throwable e) {
        long n = count.incrementAndGet();
        if (first.compareAndSet(null, describe(e))) {
            LOG.error("A background merge of the search index failed (further failures are counted, not logged): {}",
                    describe(e), e);
        } else {
            LOG.debug("Background merge {} of the search index failed: {}", n, describe(e));
        }
    }

    void fatal(Throwable e) {
        if (fatal.compareAndSet(null, describe(e))) {
            LOG.error("The search index writer stopped after an unrecoverable error: {}", describe(e));
        }
    }

    /** Failed background merges since the index was opened. */
    public long count() {
        return count.get();
    }

    /** The first failure's cause in one line, or null when none failed. */
    public String first() {
        return first.get();
    }

    /** The writer's unrecoverable error in one line, or null. */
    public String fatal() {
        return fatal.get();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
