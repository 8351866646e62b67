package org.attache.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The SQL database kinds the store runs on, and the few things it does differently on each. The schema (the same
 * Flyway migrations) and nearly every statement are common; what differs is how connections are set up, how
 * several writers are kept apart, and the read snapshot.
 *
 * <p><b>Several writers.</b> SQLite lets one process write a data folder (the index's lock refuses a second one).
 * PostgreSQL is shared by several processes (ingests, servers, an upload), so each write transaction first takes
 * one database-wide advisory lock, held until it commits or rolls back: write transactions follow each other, so
 * the {@code seq} numbers that the database hands out ({@code MAX(seq) + 1} read under the lock) grow in commit
 * order, which lets each server's search index catch up from the highest {@code seq} it holds; a duplicate check
 * sees every committed article; and two writers never deadlock on each other's rows.
 */
public enum Dialect {
    /** One file, one writing process; WAL lets readers run beside it. */
    SQLITE,
    /** A server that several processes share. */
    POSTGRESQL;

    /**
     * Key of the advisory lock every PostgreSQL write transaction takes (an arbitrary constant: "attache" in
     * ASCII, so other applications in the same database are unlikely to use it).
     */
    static final long WRITE_LOCK_KEY = 0x6174746163686501L;

    /** The dialect of a JDBC URL. */
    public static Dialect of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("not a database Attaché can use (jdbc:sqlite: or jdbc:postgresql:): "
                + org.attache.api.config.StoreConfig.redacted(url));
    }

    /** Whether several processes may write at once, each write transaction taking {@link #lockWrites}. */
    public boolean sharedWriters() {
        return this == POSTGRESQL;
    }

    /**
     * A condition that {@code column} starts with a full date ({@code yyyy-MM-dd}): a GLOB on SQLite, a regular
     * expression on PostgreSQL.
     */
    public String startsWithFullDate(String column) {
        return this == POSTGRESQL ? column + " ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'"
                : column + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'";
    }

    /**
     * The pattern operator that ignores the case of ASCII letters, as SQLite's LIKE does ({@code ILIKE} on
     * PostgreSQL, whose LIKE is case-sensitive).
     */
    public String likeIgnoringCase() {
        return this == POSTGRESQL ? "ILIKE" : "LIKE";
    }

    /** The statement that begins a read transaction that sees one snapshot of the data. */
    String beginSnapshot() {
        return this == POSTGRESQL ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN";
    }

    /**
     * Takes the database-wide write lock for the rest of {@code writer}'s current transaction, waiting while another
     * process's write transaction holds it. Nothing to do on SQLite, whose own lock does that.
     */
    void lockWrites(Connection writer) throws SQLException {
        if (this != POSTGRESQL) {
            return;
        }
        try (PreparedStatement st = writer.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            st.setLong(1, WRITE_LOCK_KEY);
            st.executeQuery().close();
        }
    }
}
