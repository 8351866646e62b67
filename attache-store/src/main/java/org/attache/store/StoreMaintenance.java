package org.attache.store;

import java.util.List;
import java.util.function.LongConsumer;
import org.attache.api.config.StoreConfig;
import org.attache.store.watch.WatchState;

/**
 * Keeping a store in shape: counts, checks, rebuilding the index, Related News lists, catching up with other
 * writers, the watcher's state. What {@code doctor}, {@code stats}, {@code reindex}, {@code watch} and
 * {@code serve} need besides reads.
 */
public interface StoreMaintenance {
    /** The configuration this store was opened with. */
    StoreConfig config();

    /** Whether this store was opened read-only (its write methods throw). */
    boolean readOnly();

    /** Counts over the stored articles and the index. */
    StoreStats stats();

    /** The database's own consistency check: empty when sound, else what it found. */
    List<String> checkDatabase();

    /** Compares the number of articles in the database and in the index. */
    IndexCheck verify();

    /**
     * Rebuilds the index from the database, committing pending articles first.
     *
     * @param progress called with the number of articles indexed so far
     * @return the number of articles indexed
     */
    long reindex(LongConsumer progress);

    /**
     * Computes the Related News lists of the articles that wait for one, on {@code threads} threads, committing as
     * it goes.
     *
     * @param progress called with the number of lists computed so far
     * @return the number of lists computed
     */
    long updateRelated(int threads, LongConsumer progress);

    /** How many articles wait for their Related News list. */
    long relatedPending();

    /**
     * Indexes the articles that other processes sharing the database committed since this store last looked.
     *
     * @return the number of articles indexed
     */
    long catchUpWithOtherWriters();

    /** Forgets the results kept for repeated reads, so that the next reads compute them again. */
    void forgetCachedReads();

    /** What {@code attache watch} keeps between runs (schedules, validators, listed pages, host errors). */
    WatchState watch();
}
