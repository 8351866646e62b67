package org.attache.store.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.attache.store.StoreException;

/**
 * What the store's SQL classes (registry, events) share: the store's connections, the lock that serialises
 * use of the write connection with the store's own writes, bound parameters, and SQL failures turned into
 * {@link StoreException}s naming the data folder and the operation.
 *
 * <p>{@link #sql} runs on the write connection under the lock; {@link #reading} runs on a read connection
 * when the write transaction holds nothing uncommitted (see {@link SqlAccess}). Within either, {@link
 * #connection()} is the connection chosen for the current thread.
 */
public abstract class StoreJdbc {
    private static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();

    protected final SqlAccess access;
    protected final Path dataDir;

    protected StoreJdbc(SqlAccess access, Path dataDir) {
        this.access = access;
        this.dataDir = dataDir;
    }

    /** Work on the connection. */
    @FunctionalInterface
    protected interface Sql<T> {
        T run() throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    protected interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The connection of the current {@link #sql} or {@link #reading} call; the write connection outside them. */
    protected final Connection connection() {
        Connection c = CURRENT.get();
        return c != null ? c : access.writer();
    }

    /** Runs {@code work} under the store's lock; an SQL failure becomes a StoreException for {@code operation}. */
    protected final <T> T sql(String operation, Sql<T> work) {
        synchronized (access.lock()) {
            try {
                return bound(access.writer(), work);
            } catch (SQLException e) {
                throw new StoreException(dataDir, operation, e);
            }
        }
    }

    /** Runs read-only {@code work} (see {@link SqlAccess#read}); an SQL failure becomes a StoreException. */
    protected final <T> T reading(String operation, Sql<T> work) {
        try {
            return access.read(c -> bound(c, work));
        } catch (SQLException e) {
            throw new StoreException(dataDir, operation, e);
        }
    }

    /** As {@link #reading}, for a long result read in pieces (see {@link SqlAccess#stream}). */
    protected final <T> T streaming(String operation, Sql<T> work) {
        try {
            return access.stream(c -> bound(c, work));
        } catch (SQLException e) {
            throw new StoreException(dataDir, operation, e);
        }
    }

    private static <T> T bound(Connection c, Sql<T> work) throws SQLException {
        Connection previous = CURRENT.get();
        CURRENT.set(c);
        try {
            return work.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Every row of {@code query}, read by {@code row}. */
    protected final <T> List<T> rows(String query, Row<T> row, Object... parameters) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement st = connection().prepareStatement(query)) {
            bind(st, parameters);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
        }
        return result;
    }

    /** Runs a write statement, marking the write transaction as holding uncommitted work. */
    protected final int update(String statement, Object... parameters) throws SQLException {
        access.markDirty();
        try (PreparedStatement st = connection().prepareStatement(statement)) {
            bind(st, parameters);
            return st.executeUpdate();
        }
    }

    /** Binds parameters by position: null, String, Integer, Long or Double. */
    public static void bind(PreparedStatement st, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            switch (parameters[i]) {
                case null -> st.setNull(i + 1, Types.VARCHAR);
                case String s -> st.setString(i + 1, s);
                case Integer n -> st.setInt(i + 1, n);
                case Long n -> st.setLong(i + 1, n);
                case Double d -> st.setDouble(i + 1, d);
                default -> throw new IllegalArgumentException("unsupported parameter type " + parameters[i].getClass());
            }
        }
    }
}
