package org.attache.store.watch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.attache.store.sql.SqlAccess;
import org.attache.store.sql.StoreJdbc;

/**
 * What {@code attache watch} keeps in the store between runs: each source's schedule, the validators of the
 * documents it fetched (for conditional GETs), every page a source listed with what became of it, and error counts
 * per host. Writes join the store's write transaction: an item marked done right after its article was stored
 * commits with that article or not at all, so a crash loses neither. {@link #commit()} commits the store. Reads run
 * on read connections. Obtain from {@code ArticleStore.watch()}.
 */
public final class WatchState extends StoreJdbc {
    /** A page's state. */
    public enum ItemState {
        PENDING, DONE, SKIPPED
    }

    /**
     * A source's schedule.
     *
     * @param nextPoll    when it is due
     * @param failures    consecutive failed polls
     * @param lastOutcome "read", "unchanged", or the last failure's reason; null before the first poll
     */
    public record SourceState(String name, Instant nextPoll, int failures, long polls, Instant lastPoll,
                              String lastOutcome) {
        public SourceState {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(nextPoll, "nextPoll");
        }
    }

    /**
     * A page a source listed.
     *
     * @param url       as listed
     * @param source    the source that listed it first
     * @param outlet    that source's outlet, or null
     * @param title     the list's title for it, or null
     * @param published the list's date for it, or null
     * @param attempts  failed fetches so far
     */
    public record Item(String url, String source, String outlet, String title, String published, int attempts) {
        public Item {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The {@code ETag} and {@code Last-Modified} last sent with a document; either may be null. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /**
     * Counts for {@code attache stats}.
     *
     * @param sources         sources polled at least once
     * @param found           pages listed in all
     * @param done            pages ingested (stored, or found already present)
     * @param pending         pages waiting for a (first or further) fetch
     * @param skipped         pages given up
     * @param skippedByReason given-up pages by kind of reason, most first
     * @param hostErrors      failed requests per host, most first (ten at most)
     * @param lastPoll        the latest poll of any source, or null
     */
    public record Stats(long sources, long found, long done, long pending, long skipped,
                        Map<String, Long> skippedByReason, Map<String, Long> hostErrors, Instant lastPoll) {
        public Stats {
            skippedByReason = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skippedByReason));
            hostErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hostErrors));
        }

        /** True when nothing was ever watched in this data folder. */
        public boolean empty() {
            return sources == 0 && found == 0;
        }
    }

    private final Runnable commit;

    /**
     * Used by the store.
     *
     * @param commit commits the store (database and index)
     */
    public WatchState(SqlAccess access, Runnable commit, Path dataDir) {
        super(access, dataDir);
        this.commit = commit;
    }

    /** Commits everything pending in the store, watch state and articles alike. */
    public void commit() {
        commit.run();
    }

    /** The schedule kept for source {@code name}, if it was ever polled. */
    public Optional<SourceState> source(String name) {
        return reading("read the state of source " + name, () -> rows(
                "SELECT name, next_poll, failures, polls, last_poll, last_outcome FROM watch_sources WHERE name = ?",
                rs -> new SourceState(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getInt(3), rs.getLong(4),
                        rs.getObject(5) == null ? null : Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6)), name)
                .stream().findFirst());
    }

    /** Keeps {@code state} as source {@code state.name()}'s schedule. */
    public void saveSource(SourceState state) {
        sql("save the state of source " + state.name(), () -> {
            Long lastPoll = state.lastPoll() == null ? null : state.lastPoll().toEpochMilli();
            if (update("UPDATE watch_sources SET next_poll = ?, failures = ?, polls = ?, last_poll = ?, last_outcome = ?"
                    + " WHERE name = ?", state.nextPoll().toEpochMilli(), state.failures(), state.polls(), lastPoll,
                    state.lastOutcome(), state.name()) == 0) {
                update("INSERT INTO watch_sources (name, next_poll, failures, polls, last_poll, last_outcome)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", state.name(), state.nextPoll().toEpochMilli(), state.failures(),
                        state.polls(), lastPoll, state.lastOutcome());
            }
            return null;
        });
    }

    /** The validators kept for document {@code url}; {@link Validators#NONE} when none are. */
    public Validators validators(String url) {
        return reading("read the validators of " + url, () -> rows(
                "SELECT etag, last_modified FROM watch_documents WHERE url = ?",
                rs -> new Validators(rs.getString(1), rs.getString(2)), url).stream().findFirst()
                .orElse(Validators.NONE));
    }

    /** Keeps the validators of document {@code url} (NONE forgets them: the next fetch is unconditional). */
    public void saveValidators(String url, Validators validators, Instant fetchedAt) {
        sql("save the validators of " + url, () -> {
            if (update("UPDATE watch_documents SET etag = ?, last_modified = ?, fetched_at = ? WHERE url = ?",
                    validators.etag(), validators.lastModified(), fetchedAt.toEpochMilli(), url) == 0) {
                update("INSERT INTO watch_documents (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)", url,
                        validators.etag(), validators.lastModified(), fetchedAt.toEpochMilli());
            }
            return null;
        });
    }

    /**
     * Records pages a source listed, as pending; a page already known (from this or another source) is left as it
     * is.
     *
     * @return how many were new
     */
    public int addFound(List<Item> items, Instant foundAt) {
        return sql("record the pages a source listed", () -> {
            int added = 0;
            for (Item item : items) {
                added += update("INSERT INTO watch_items (url, source, outlet, title, published, state, attempts, found_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'pending', 0, ?) ON CONFLICT (url) DO NOTHING", item.url(),
                        item.source(), item.outlet(), item.title(), item.published(), foundAt.toEpochMilli());
            }
            return added;
        });
    }

    /** Pending pages, first found first, at most {@code limit}. Reads the write transaction's view. */
    public List<Item> pending(int limit) {
        return sql("list pending pages", () -> rows("SELECT url, source, outlet, title, published, attempts"
                + " FROM watch_items WHERE state = 'pending' ORDER BY found_at, url LIMIT ?",
                rs -> new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6)), limit));
    }

    /** The state of page {@code url}, if it was ever listed. */
    public Optional<ItemState> state(String url) {
        return sql("read the state of " + url, () -> rows("SELECT state FROM watch_items WHERE url = ?",
                rs -> ItemState.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)), url).stream().findFirst());
    }

    /** Marks page {@code url} as ingested as article {@code articleId} (stored now or already present). */
    public void done(String url, String articleId, Instant at) {
        sql("mark " + url + " done", () -> update("UPDATE watch_items SET state = 'done', article_id = ?, done_at = ?,"
                + " reason = NULL, reason_key = NULL WHERE url = ?", articleId, at.toEpochMilli(), url));
    }

    /**
     * Records a failed attempt at page {@code url}.
     *
     * @param reasonKey the kind of reason ("timeout", "HTTP 503"), for counts
     * @param giveUp    true to give the page up ('skipped'); false to keep it pending for a later round
     */
    public void failed(String url, String reason, String reasonKey, boolean giveUp, Instant at) {
        sql("record a failure of " + url, () -> update("UPDATE watch_items SET state = ?, attempts = attempts + 1,"
                + " reason = ?, reason_key = ?, done_at = ? WHERE url = ?", giveUp ? "skipped" : "pending", reason,
                reasonKey, giveUp ? at.toEpochMilli() : null, url));
    }

    /** Counts a failed request to {@code host}. */
    public void hostError(String host, String reason, Instant at) {
        sql("count an error of " + host, () -> {
            if (update("UPDATE watch_hosts SET errors = errors + 1, consecutive = consecutive + 1, last_error = ?,"
                    + " last_error_at = ? WHERE host = ?", reason, at.toEpochMilli(), host) == 0) {
                update("INSERT INTO watch_hosts (host, errors, consecutive, last_error, last_error_at)"
                        + " VALUES (?, 1, 1, ?, ?)", host, reason, at.toEpochMilli());
            }
            return null;
        });
    }

    /** Records a successful request to {@code host}: its run of errors ends. */
    public void hostOk(String host) {
        sql("count a success of " + host, () -> update(
                "UPDATE watch_hosts SET consecutive = 0 WHERE host = ? AND consecutive > 0", host));
    }

    /** Failed requests to {@code host} in all, and since its last success. */
    public long[] hostErrors(String host) {
        return reading("read the errors of " + host, () -> rows("SELECT errors, consecutive FROM watch_hosts"
                + " WHERE host = ?", rs -> new long[] {rs.getLong(1), rs.getLong(2)}, host).stream().findFirst()
                .orElse(new long[] {0, 0}));
    }

    /** Counts over everything watched in this data folder. */
    public Stats stats() {
        return reading("count what was watched", () -> {
            long[] sources = rows("SELECT COUNT(*), MAX(last_poll) FROM watch_sources",
                    rs -> new long[] {rs.getLong(1), rs.getObject(2) == null ? -1 : rs.getLong(2)}).getFirst();
            Map<String, Long> byState = new LinkedHashMap<>();
            for (Object[] row : rows("SELECT state, COUNT(*) FROM watch_items GROUP BY state",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
                byState.put((String) row[0], (Long) row[1]);
            }
            Map<String, Long> reasons = new LinkedHashMap<>();
            for (Object[] row : rows("SELECT COALESCE(reason_key, '(none)'), COUNT(*) AS n FROM watch_items"
                    + " WHERE state = 'skipped' GROUP BY reason_key ORDER BY n DESC, 1",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
                reasons.put((String) row[0], (Long) row[1]);
            }
            Map<String, Long> hosts = new LinkedHashMap<>();
            for (Object[] row : rows("SELECT host, errors FROM watch_hosts WHERE errors > 0 ORDER BY errors DESC, host"
                    + " LIMIT 10", rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
                hosts.put((String) row[0], (Long) row[1]);
            }
            long done = byState.getOrDefault("done", 0L);
            long pending = byState.getOrDefault("pending", 0L);
            long skipped = byState.getOrDefault("skipped", 0L);
            return new Stats(sources[0], done + pending + skipped, done, pending, skipped, reasons, hosts,
                    sources[1] < 0 ? null : Instant.ofEpochMilli(sources[1]));
        });
    }
}
