package org.attache.store.sql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The store's connections: the one write connection (its transaction holds the uncommitted batch) and a small
 * pool of read-only connections, so that reads from many threads (the web server) need not queue behind one
 * lock. Internal to the store; obtain nothing from it outside.
 *
 * <p><b>Which connection reads.</b> While the write transaction holds uncommitted changes ({@link #markDirty()}
 * until {@link #markClean()} at commit), reads run on the write connection under the store's lock, so that they
 * see those changes, as every read did before the pool existed. Otherwise they run on a pooled read connection
 * without the lock: SQLite in WAL mode lets them proceed concurrently with each other and with the writer, and
 * they see the last commit, which then is everything. Inside a {@link #snapshot} every read of the thread runs on
 * one read connection in one read transaction (an article page's reads).
 *
 * <p><b>Cache.</b> {@link #cached} keeps the results of costly reads (rails, searches, the most active pairs)
 * until the data changes: every change of the write state ({@link #markDirty()}, {@link #markClean()}) starts a
 * new generation, and while changes are pending nothing is cached; nor is what a snapshot older than the
 * generation reads. Callers keeping results of their own do so by {@link #generation()}. On PostgreSQL, which other
 * processes write too, a kept result also expires after {@link #SHARED_CACHE_SECONDS} seconds.
 *
 * <p><b>Several writers.</b> On PostgreSQL the first change of a write transaction ({@link #markDirty()}) takes the
 * database-wide write lock ({@link Dialect}), then runs the store's {@link #onWriteLock} hook, which catches up
 * with what other processes committed meanwhile.
 *
 * <p>Thread-safe.
 */
public final class SqlAccess implements AutoCloseable {
    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(SqlAccess.class);

    private final Connection writer;
    private final Object lock;
    private final String url;
    private final Dialect dialect;
    /** Whether the write transaction holds the database-wide write lock (PostgreSQL); guarded by the lock. */
    private boolean writeLocked;
    private WriteLockHook onWriteLock = () -> { };
    private final int maxReaders;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> opened = new ArrayList<>();
    private volatile boolean dirty;
    /** This thread's {@link #snapshot}, if it is in one. */
    private final ThreadLocal<Snapshot> snapshot = new ThreadLocal<>();

    /** A read transaction on {@code connection}, begun at {@code generation} of the data. */
    private record Snapshot(Connection connection, long generation) {
    }
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    /**
     * Bounded by count; its admission policy (W-TinyLFU) lets a new key in only when it is asked for more often
     * than the one it would push out, so that a stream of one-off searches does not churn out the popular ones
     * (and, with an LRU map, copied every entry through the young generation: most of the garbage collectors'
     * pause time under varied load).
     */
    private final Cache<Object, Cached> cache;

    /** Seconds a kept result lives at most on PostgreSQL, where other processes' commits do not change the generation. */
    public static final int SHARED_CACHE_SECONDS = 5;

    /** Work run when a write transaction has just taken the database-wide write lock. */
    @FunctionalInterface
    public interface WriteLockHook {
        void locked() throws SQLException;
    }

    /**
     * How much of the database file a read connection maps into memory instead of reading it page by page.
     * Pages then come straight from the operating system's file cache, shared by every connection, without a
     * system call and a copy each: an article page (its row, mentions, events, rails) took a fifth less time on
     * the Reuters data folder ({@code attache bench pages}). Only address space: the file cache decides what stays
     * in memory. SQLite maps the file again as it grows, and reads pages beyond the mapping as before.
     */
    static final long READ_MAP_BYTES = 1L << 30;

    /**
     * Most weight of results {@link #cached} keeps: a result weighs one plus the records it holds (a page of 50
     * events weighs 51), so a store keeps many small answers (counts, names) and a few hundred pages. At ~2 KB a
     * record this bounds the cache near 200 MB of the server's heap.
     */
    public static final long CACHE_WEIGHT = 100_000;

    private record Cached(long generation, Object value) {
    }

    /** A read that may fail. */
    @FunctionalInterface
    public interface Read<T, E extends Exception> {
        T get() throws E;
    }

    /**
     * @param writer     the write connection (auto-commit off)
     * @param lock       the lock that serialises use of {@code writer} (the store)
     * @param file       the SQLite database file, for read connections; null for none (every read then uses the
     *                   write connection)
     * @param maxReaders read connections opened at most, on demand
     */
    public SqlAccess(Connection writer, Object lock, Path file, int maxReaders) {
        this(writer, lock, file == null ? null : Database.sqliteUrl(file), Dialect.SQLITE, maxReaders);
    }

    /**
     * @param writer     the write connection (auto-commit off)
     * @param lock       the lock that serialises use of {@code writer} (the store)
     * @param url        the database's JDBC URL, for read connections; null for none
     * @param dialect    the database's kind
     * @param maxReaders read connections opened at most, on demand
     */
    public SqlAccess(Connection writer, Object lock, String url, Dialect dialect, int maxReaders) {
        this.writer = writer;
        this.lock = lock;
        this.url = url;
        this.dialect = dialect;
        this.maxReaders = url == null ? 0 : maxReaders;
        this.idle = new ArrayBlockingQueue<>(Math.max(1, this.maxReaders));
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .maximumWeight(CACHE_WEIGHT)
                .weigher((Object key, Object value) -> weight(value))
                .executor(Runnable::run); // maintenance on the calling thread: no pool of its own on a small machine
        if (dialect.sharedWriters()) {
            builder.expireAfterWrite(java.time.Duration.ofSeconds(SHARED_CACHE_SECONDS));
        }
        this.cache = builder.build();
    }

    /** A kept result's weight: one, plus the records of the lists and maps it is, or that it says it holds ({@link CacheWeighed}). */
    static int weight(Object value) {
        Object v = value instanceof Cached c ? c.value() : value;
        long w = 1;
        if (v instanceof java.util.Optional<?> o && o.isPresent()) {
            v = o.get();
        }
        if (v instanceof CacheWeighed r) {
            w += r.records();
        } else if (v instanceof java.util.Collection<?> c) {
            w += c.size();
        } else if (v instanceof java.util.Map<?, ?> m) {
            w += m.size();
        }
        return (int) Math.min(Integer.MAX_VALUE, w);
    }

    /** The database's kind. */
    public Dialect dialect() {
        return dialect;
    }

    /** Sets the work run each time a write transaction takes the database-wide write lock (PostgreSQL only). */
    public void onWriteLock(WriteLockHook hook) {
        this.onWriteLock = hook;
    }

    /** The write connection; use it only while holding {@link #lock()}. */
    public Connection writer() {
        return writer;
    }

    /** The store's lock. */
    public Object lock() {
        return lock;
    }

    /**
     * Records that the write transaction holds (or is about to hold) uncommitted changes; on PostgreSQL, the first
     * time in a transaction, takes the database-wide write lock first (waiting for another process's write
     * transaction to end). Call under {@link #lock()}.
     */
    public void markDirty() throws SQLException {
        if (dialect.sharedWriters() && !writeLocked) {
            dialect.lockWrites(writer);
            writeLocked = true;
            onWriteLock.locked();
        }
        if (!dirty) {
            dirty = true;
        }
        generation.incrementAndGet();
    }

    /**
     * The value of {@code read} for {@code key} (a record or list naming the read and its arguments): kept from
     * an earlier call when nothing changed since, else computed (and kept unless changes are pending). The value
     * must be immutable.
     */
    @SuppressWarnings("unchecked")
    public <T, E extends Exception> T cached(Object key, Read<T, E> read) throws E {
        long g = generation();
        if (g < 0) {
            return read.get();
        }
        Cached hit = cache.getIfPresent(key);
        if (hit != null && hit.generation() == g) {
            return (T) hit.value();
        }
        T value = read.get();
        if (generation() == g && value != null) {
            cache.put(key, new Cached(g, value));
        }
        return value;
    }

    /**
     * The data's generation, which changes with every write and commit, or -1 while writes are pending. A value
     * read while this returned {@code g >= 0} is still current as long as it returns {@code g}: for callers that
     * keep results of their own (check again after the read, as {@link #cached} does).
     */
    public long generation() {
        long g = generation.get();
        Snapshot in = snapshot.get();
        // a snapshot begun before the last change reads older data than the generation: nothing it reads is kept
        return dirty || (in != null && in.generation() != g) ? -1 : g;
    }

    /** Records that the write transaction committed: reads may use the read connections again. */
    public void markClean() {
        writeLocked = false; // released by the commit or rollback that preceded this
        dirty = false;
        generation.incrementAndGet();
        cache.invalidateAll();
    }

    /** Drops every kept result, and makes those callers keep by {@link #generation()} stale. */
    public void forgetCached() {
        generation.incrementAndGet();
        cache.invalidateAll();
    }

    /** Runs {@code work} under the lock on the write connection, marking the transaction dirty. */
    public <T> T write(Work<T> work) throws SQLException {
        synchronized (lock) {
            markDirty();
            return work.run(writer);
        }
    }

    /**
     * Runs {@code work} with every read this thread makes meanwhile on one read connection, in one read transaction:
     * the reads see one snapshot of the last commit, and SQLite takes its read lock once instead of once per query.
     * While writes are pending (or without read connections, or inside another snapshot) it just runs {@code work}.
     * The work must not write. Results it reads are kept ({@link #cached}, {@link #generation()}) only when nothing
     * changed since the snapshot began, as the snapshot may not see a later commit.
     */
    public <T, E extends Exception> T snapshot(Read<T, E> work) throws E, SQLException {
        if (dirty || maxReaders == 0 || closed || snapshot.get() != null) {
            return work.get();
        }
        Connection reader = borrow();
        if (reader == null) {
            return work.get();
        }
        boolean ended = false;
        try {
            long begun = generation.get();
            execute(reader, dialect.beginSnapshot());
            snapshot.set(new Snapshot(reader, begun));
            try {
                return work.get();
            } finally {
                snapshot.remove();
                execute(reader, "COMMIT");
                ended = true;
            }
        } finally {
            if (ended) {
                idle.offer(reader);
            } else {
                discard(reader); // its transaction state is unknown: not for the next reader
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) { // kept by the StatementCache
            st.execute();
        }
    }

    private void discard(Connection reader) {
        synchronized (opened) {
            opened.remove(reader);
        }
        try {
            reader.close();
        } catch (SQLException e) {
            LOG.warn("Closing a read connection of {} failed", org.attache.api.config.StoreConfig.redacted(url), e);
        }
    }

    /** Runs read-only {@code work} on a read connection, or on the write connection when it holds uncommitted changes. */
    public <T> T read(Work<T> work) throws SQLException {
        Snapshot inSnapshot = snapshot.get();
        if (inSnapshot != null) {
            return work.run(inSnapshot.connection());
        }
        if (!dirty && maxReaders > 0 && !closed) {
            Connection reader = borrow();
            if (reader != null) {
                try {
                    return work.run(reader);
                } finally {
                    idle.offer(reader);
                }
            }
        }
        synchronized (lock) {
            return work.run(writer);
        }
    }

    /**
     * As {@link #read}, for a result read in pieces rather than whole (exports): the work's statements should set a
     * fetch size. PostgreSQL's driver fetches rows a piece at a time only inside a transaction, so on a read
     * connection the work runs with auto-commit off, in a read-only transaction it ends when done. The write
     * connection (pending writes) and a {@link #snapshot} are in a transaction already.
     */
    public <T> T stream(Work<T> work) throws SQLException {
        if (dialect != Dialect.POSTGRESQL || snapshot.get() != null) {
            return read(work);
        }
        return read(c -> {
            if (!c.getAutoCommit()) {
                return work.run(c);
            }
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private Connection borrow() throws SQLException {
        Connection reader = idle.poll();
        if (reader != null) {
            return reader;
        }
        synchronized (opened) {
            if (opened.size() < maxReaders && !closed) {
                Connection c = openReader();
                opened.add(c);
                return c;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null; // fall back to the writer
        }
    }

    private Connection openReader() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        if (dialect == Dialect.POSTGRESQL) {
            c.setReadOnly(true);
            return StatementCache.wrap(c);
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout=" + Database.BUSY_TIMEOUT_MILLIS);
            st.execute("PRAGMA query_only=ON");
            st.execute("PRAGMA mmap_size=" + READ_MAP_BYTES);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return StatementCache.wrap(c);
    }

    /** Closes the read connections (not the writer, which the store closes). */
    @Override
    public void close() {
        closed = true;
        synchronized (opened) {
            for (Connection c : opened) {
                try {
                    c.close();
                } catch (SQLException e) {
                    LOG.warn("Closing a read connection of {} failed", org.attache.api.config.StoreConfig.redacted(url), e);
                }
            }
            opened.clear();
        }
    }
}
