package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.attache.store.Store;

/**
 * The step after an ingest or a reindex that computes the Related News lists of the new articles (see
 * {@link Store#updateRelated}), with its own progress bar, and what it reports.
 *
 * @param lists   lists computed
 * @param seconds time taken
 */
record RelatedUpdate(long lists, double seconds) {
    /** Updates the store's pending lists on {@code threads} threads. */
    static RelatedUpdate run(Store store, int threads, boolean showProgress) {
        long started = System.nanoTime();
        long lists;
        try (Progress progress = Progress.start(showProgress, "Related News")) {
            lists = store.updateRelated(threads, done -> progress.update(done, "lists"));
        }
        return new RelatedUpdate(lists, Math.round((System.nanoTime() - started) / 1e8) / 10.0);
    }

    /** One line for the terminal, none when nothing was pending. */
    void print(PrintWriter out) {
        if (lists > 0) {
            out.printf(Locale.ROOT, "Related News: %d lists computed in %.1f s.%n", lists, seconds);
        }
    }
}
